package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.Purpose;
import org.custos.domain.protection.PurposeStop;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.StoppedPurposeCheck;

/**
 * Test-only: the gate's port for stopped purposes (D7, L2) where protection, which implements it, is not deployed
 * (security's context tests). It reads the same table with the domain's own query of the stops in force and refuses
 * with the stop's own words, as protection's implementation does; the gate's refusal of a stopped purpose is
 * proven with the real one, in protection's context tests.
 */
@Dependent
public class StoppedPurposeTable implements StoppedPurposeCheck {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public void requireNotStopped(long subjectId, long purposeId) {
        em.createNamedQuery(PurposeStop.IN_FORCE, PurposeStop.class).setParameter("subject", subjectId)
                .setParameter("purpose", purposeId).getResultStream().findFirst().ifPresent(stop -> {
                    throw new RequestRefused(stop.refusal(em.find(Purpose.class, purposeId).name()));
                });
    }
}
