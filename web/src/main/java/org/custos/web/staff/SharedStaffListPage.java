package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.staff.api.SharedStaffFile;
import org.custos.staff.api.StaffOutsideHr;
import org.custos.web.shell.LazyPages;
import org.primefaces.model.LazyDataModel;

/** Outside HR (L5): the members of staff whose HR or finance data the DPM approved for the user, a lazy table. */
@Named
@ViewScoped
public class SharedStaffListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffOutsideHr outsideHr;

    private final LazyPages<SharedStaffFile> rows = new LazyPages<>(
            (first, pageSize, sort) -> outsideHr.sharedWithMe(first, pageSize),
            row -> row.subjectId() + "-" + row.area());

    public LazyDataModel<SharedStaffFile> getRows() {
        return rows;
    }
}
