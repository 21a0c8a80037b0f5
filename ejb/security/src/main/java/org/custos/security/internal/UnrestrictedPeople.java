package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.subject.DataSubject;
import org.custos.security.api.AccessRefused;

/** The people whose data the gate lets a caller use: in the register, and not restricted (D6). */
@Dependent
class UnrestrictedPeople {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** Refuses a person unknown to the register, or one whose data is restricted. */
    void require(long subjectId) {
        DataSubject person = em.find(DataSubject.class, subjectId);
        if (person == null) {
            throw new AccessRefused("There is no such person.");
        }
        if (person.restricted()) {
            throw AccessRefused.restricted();
        }
    }
}
