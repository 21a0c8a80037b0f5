package org.custos.web.retention;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.protection.retention.api.EvidenceFilter;
import org.custos.protection.retention.api.EvidenceRow;
import org.custos.protection.retention.api.RetentionReview;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The evidence of the retention decisions (R6), paged, without the destroyed data, and the destruction report of a
 * period as a PDF.
 */
@Named
@ViewScoped
public class RetentionEvidencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "evidence:decisions";

    @EJB
    RetentionReview review;

    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();

    private final LazyPages<EvidenceRow> rows = new LazyPages<>(
            (first, pageSize, sort) -> review.evidence(new EvidenceFilter(null, from, to), first, pageSize),
            row -> Long.toString(row.decisionId()));

    /** A new period starts on the first page. */
    public void find() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** The destruction report of the period, or nothing (with a message) when it was refused. */
    public StreamedContent getReport() {
        LocalDate first = from;
        LocalDate last = to;
        if (first == null || last == null) {
            FacadeCall.error("Give the first and the last day of the period.");
            return null;
        }
        return FacadeCall.attempt(() -> review.destructionReport(first, last)).map(pdf -> DefaultStreamedContent
                .builder().name("destruction-report-" + first + "-" + last + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build()).orElse(null);
    }

    public LazyDataModel<EvidenceRow> getRows() {
        return rows;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
