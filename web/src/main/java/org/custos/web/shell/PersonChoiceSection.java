package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectSummary;

/** The register lookups of the person-choice section, for whichever {@link PersonChoice} it shows. */
@Named
@RequestScoped
public class PersonChoiceSection {

    @EJB
    PeopleRegister register;

    public void find(PersonChoice choice) {
        choice.find(register);
    }

    /** A match as the choice offers it: "Grace Hopper, born 28 February 1985, grace@example.org". */
    public String label(SubjectSummary person) {
        return person.givenNames() + " " + person.familyName()
                + (person.dateOfBirth() == null ? "" : ", born " + LocalDateConverter.shown(person.dateOfBirth()))
                + (person.emails().isEmpty() ? "" : ", " + person.emails().get(0));
    }
}
