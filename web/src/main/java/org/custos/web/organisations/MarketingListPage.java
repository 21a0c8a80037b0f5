package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.OrganisationKind;
import org.custos.relationships.api.MarketingContact;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.FacadeCall;

/**
 * The marketing list of one kind of contact (L2, S3), on screen and as CSV: only the contacts with a basis in force,
 * never anyone who asked not to be contacted; the facade decides who is on it.
 */
@Named
@ViewScoped
public class MarketingListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    private OrganisationKind kind = OrganisationKind.CUSTOMER;
    private List<MarketingContact> rows = List.of();

    public void show() {
        rows = FacadeCall.attempt(() -> organisations.marketingList(kind)).orElse(List.of());
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<MarketingContact> getRows() {
        return rows;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }
}
