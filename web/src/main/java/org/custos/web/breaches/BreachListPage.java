package org.custos.web.breaches;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.protection.breaches.api.BreachFilter;
import org.custos.protection.breaches.api.BreachQuery;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.Breaches;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The breach register: a lazy table of breaches, those awaiting their report first (X5). */
@Named
@ViewScoped
public class BreachListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "register:breaches";

    @EJB
    Breaches breaches;

    private BreachFilter filter = BreachFilter.OPEN;

    private final LazyPages<BreachSummary> rows = new LazyPages<>(
            (first, pageSize, sort) -> breaches.search(new BreachQuery(filter, first, pageSize)),
            breach -> Long.toString(breach.id()));

    /** A new filter starts on the first page. */
    public void find() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public LazyDataModel<BreachSummary> getRows() {
        return rows;
    }

    public BreachFilter[] getFilters() {
        return BreachFilter.values();
    }

    public BreachFilter getFilter() {
        return filter;
    }

    public void setFilter(BreachFilter filter) {
        this.filter = filter;
    }
}
