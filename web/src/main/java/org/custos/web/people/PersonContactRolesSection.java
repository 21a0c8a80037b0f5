package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.relationships.api.ContactRole;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.FacadeCall;

/**
 * A person's contact roles at organisations on their register page (K1, S1), read once through the relationships
 * api for HR and the DPM, who keep the organisations.
 */
@Named
@ViewScoped
public class PersonContactRolesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    @Inject
    PersonDetailPage page;

    private List<ContactRole> roles;

    public List<ContactRole> getRoles() {
        if (roles == null) {
            roles = page.getId() == null ? List.of()
                    : FacadeCall.attempt(() -> organisations.contactRolesOf(page.getId())).orElse(List.of());
        }
        return roles;
    }
}
