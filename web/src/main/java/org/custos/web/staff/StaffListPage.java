package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.EngagementType;
import org.custos.staff.api.StaffFiles;
import org.custos.staff.api.StaffQuery;
import org.custos.staff.api.StaffSummary;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The staff list (T1): a lazy table of current staff or leavers, of a type, a department or a name; CSV. */
@Named
@ViewScoped
public class StaffListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffFiles staffFiles;

    private Boolean leavers = false;
    private EngagementType type;
    private String department;
    private String name;

    private final LazyPages<StaffSummary> rows = new LazyPages<>(
            (first, pageSize, sort) -> staffFiles.search(new StaffQuery(first, pageSize, leavers, type, department,
                    name)),
            row -> Long.toString(row.staffFileId()));

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("staff:table")).setFirst(0);
    }

    public LazyDataModel<StaffSummary> getRows() {
        return rows;
    }

    public EngagementType[] getTypes() {
        return EngagementType.values();
    }

    public Boolean getLeavers() {
        return leavers;
    }

    public void setLeavers(Boolean leavers) {
        this.leavers = leavers;
    }

    public EngagementType getType() {
        return type;
    }

    public void setType(EngagementType type) {
        this.type = type;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
