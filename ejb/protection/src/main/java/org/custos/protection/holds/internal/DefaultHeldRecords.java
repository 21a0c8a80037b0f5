package org.custos.protection.holds.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.protection.holds.api.HeldRecords;
import java.util.Comparator;
import java.util.List;
import org.custos.domain.protection.LegalHold;
import org.custos.domain.shared.DataContext;

/**
 * Which of a person's records a legal hold keeps from erasure (D5): those of the context it names, or of every
 * context; and the person's record in the register while any hold is in force, as the kept records point at it.
 */
@Dependent
class DefaultHeldRecords implements HeldRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<LegalHold> of(long subjectId) {
        return em.createQuery("select h from LegalHold h where h.subjectId = :subject"
                + " order by h.placedOn desc, h.id desc", LegalHold.class).setParameter("subject", subjectId)
                .getResultStream().sorted(Comparator.comparing(LegalHold::inForce).reversed()).toList();
    }

    @Override
    public List<String> keptIn(long subjectId, String context) {
        boolean register = DataContext.REGISTER.key().equals(context);
        return of(subjectId).stream().filter(hold -> register ? hold.inForce() : hold.covers(context))
                .map(hold -> "Kept under a legal hold placed on " + hold.placedOn() + ": " + hold.reason()
                        + (register && hold.context() != null ? " (the person's record stays while records of "
                                + hold.context() + " are held)" : ""))
                .toList();
    }
}
