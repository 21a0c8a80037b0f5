package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The organisations list (K1): a lazy table of clients, customers and suppliers, by kind, status or name; CSV. */
@Named
@ViewScoped
public class OrganisationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    private OrganisationKind kind;
    private RelationshipStatus status;
    private String name;

    private final LazyPages<OrganisationSummary> rows = new LazyPages<>(
            (first, pageSize, sort) -> organisations.search(new OrganisationQuery(first, pageSize, kind, status, name)),
            row -> Long.toString(row.id()));

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("organisations:table"))
                .setFirst(0);
    }

    public LazyDataModel<OrganisationSummary> getRows() {
        return rows;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public RelationshipStatus[] getStatuses() {
        return RelationshipStatus.values();
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public void setStatus(RelationshipStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
