package org.custos.web.register;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.custos.protection.register.api.PeopleRegister;

/** The register lookups of the {@code person-choice} include, for whichever {@link PersonChoice} it shows. */
@Named
@RequestScoped
public class PersonChoices {

    @EJB
    PeopleRegister register;

    public void find(PersonChoice choice) {
        choice.find(register);
    }
}
