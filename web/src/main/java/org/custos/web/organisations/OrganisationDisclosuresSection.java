package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.web.shell.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The disclosures of personal data to an organisation (D5), newest first, a page at a time: they can grow. */
@Named
@ViewScoped
public class OrganisationDisclosuresSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Disclosures disclosures;

    @Inject
    OrganisationPage page;

    private final LazyPages<DisclosureView> rows = new LazyPages<>(
            (first, pageSize, sort) -> disclosures.toOrganisation(page.getId(), first, pageSize),
            row -> Long.toString(row.id()));

    public LazyDataModel<DisclosureView> getRows() {
        return rows;
    }
}
