package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.subject.DataSubject;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.StoppedPurposeCheck;

/**
 * The people whose data the gate lets a caller use: in the register, and not restricted (D6); and, for a purpose,
 * not stopped for it by an objection or the withdrawal of consent (D7, L2), which protection answers.
 */
@Dependent
class UnrestrictedPeople {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StoppedPurposeCheck stoppedPurposes;

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

    /** Refuses as {@link #require} does, and when the person stopped the purpose. */
    void require(long subjectId, long purposeId) {
        require(subjectId);
        stoppedPurposes.requireNotStopped(subjectId, purposeId);
    }
}
