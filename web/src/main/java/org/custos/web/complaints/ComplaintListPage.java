package org.custos.web.complaints;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.complaints.api.ComplaintQuery;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.OpenComplaint;
import org.custos.web.shell.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The open complaints the caller handles (the DPM: every one), oldest first, paged in SQL; no names, no words. */
@Named
@ViewScoped
public class ComplaintListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Complaints complaints;

    private final LazyPages<OpenComplaint> rows = new LazyPages<>(
            (first, pageSize, sort) -> complaints.openComplaints(new ComplaintQuery(first, pageSize)),
            row -> Long.toString(row.id()));

    public LazyDataModel<OpenComplaint> getRows() {
        return rows;
    }
}
