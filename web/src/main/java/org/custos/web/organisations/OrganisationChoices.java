package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.Page;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.FacadeCall;

/**
 * The organisations of the register offered as a field is typed in (a recipient of a disclosure, D5): the first ten
 * whose name contains the text; the one chosen is kept by its id and shown by its name.
 */
@Named
@ViewScoped
public class OrganisationChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int OFFERED = 10;

    @EJB
    Organisations organisations;

    private final Map<Long, String> names = new HashMap<>();

    public List<OrganisationSummary> complete(String text) {
        List<OrganisationSummary> found = FacadeCall.attempt(() -> organisations.search(new OrganisationQuery(0,
                OFFERED, null, null, text))).map(Page::rows).orElse(List.of());
        found.forEach(organisation -> names.put(organisation.id(), organisation.name()));
        return found;
    }

    /** An organisation offered, or the one chosen (its id), as the field shows it. */
    public String label(Object organisation) {
        if (organisation instanceof OrganisationSummary offered) {
            return offered.name();
        }
        return organisation == null ? null : names.getOrDefault(organisation, organisation.toString());
    }
}
