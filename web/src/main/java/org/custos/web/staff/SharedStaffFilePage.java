package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.DataArea;
import org.custos.staff.api.SharedStaffFileView;
import org.custos.staff.api.StaffOutsideHr;
import org.custos.web.shell.FacadeCall;

/** Outside HR (L5): one staff file as the DPM's approval of one area lets the user see it, read only. */
@Named
@ViewScoped
public class SharedStaffFilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffOutsideHr outsideHr;

    private Long id;
    private DataArea area;
    private SharedStaffFileView file;

    public void load() {
        if (id != null && area != null && file == null) {
            FacadeCall.attempt(() -> outsideHr.read(id, area)).ifPresent(found -> file = found);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DataArea getArea() {
        return area;
    }

    public void setArea(DataArea area) {
        this.area = area;
    }

    public SharedStaffFileView getFile() {
        return file;
    }
}
