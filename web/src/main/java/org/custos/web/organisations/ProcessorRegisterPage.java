package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.relationships.api.ProcessorQuery;
import org.custos.relationships.api.ProcessorSummary;
import org.custos.relationships.api.Processors;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The processor register (X4): a lazy table of the processors by name, paged in SQL, with a column per condition met
 * or not, the next review (overdue marked) and where the latest agreement version stands.
 */
@Named
@ViewScoped
public class ProcessorRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Processors processors;

    private String name;

    private final LazyPages<ProcessorSummary> rows = new LazyPages<>(
            (first, pageSize, sort) -> processors.list(new ProcessorQuery(first, pageSize, name)),
            row -> Long.toString(row.organisationId()));

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("processors:table")).setFirst(0);
    }

    public LazyDataModel<ProcessorSummary> getRows() {
        return rows;
    }

    public ProcessorCondition[] getConditions() {
        return ProcessorCondition.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
