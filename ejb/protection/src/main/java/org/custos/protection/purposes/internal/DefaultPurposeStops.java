package org.custos.protection.purposes.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.protection.Purpose;
import org.custos.domain.protection.PurposeStop;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.StoppedPurposeCheck;

/**
 * The purposes stopped for a person (D7, L2), read from {@code prot_purpose_stop}: for the other sub-areas, and for
 * security's approval gate (its port, which security cannot implement as it cannot see purposes).
 */
@Dependent
class DefaultPurposeStops implements PurposeStops, StoppedPurposeCheck {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    @Override
    public List<PurposeStopView> of(long subjectId) {
        return em.createQuery("select s from PurposeStop s where s.subjectId = :subject order by s.since, s.id",
                PurposeStop.class).setParameter("subject", subjectId).getResultStream().map(this::view).toList();
    }

    @Override
    public void consentWithdrawn(long subjectId, long purposeId, LocalDate since, Long requestId) {
        em.persist(new PurposeStop(subjectId, purposeId, requestId, PurposeStop.Reason.CONSENT_WITHDRAWN, since, null,
                caller.getName(), LocalDateTime.now(clock)));
    }

    @Override
    public void requireUsable(long subjectId, Purpose purpose) {
        requireNotStopped(subjectId, purpose.id());
    }

    @Override
    public void requireNotStopped(long subjectId, long purposeId) {
        em.createNamedQuery(PurposeStop.IN_FORCE, PurposeStop.class).setParameter("subject", subjectId)
                .setParameter("purpose", purposeId).getResultStream().findFirst().ifPresent(stop -> {
                    throw new RequestRefused(stop.refusal(em.find(Purpose.class, purposeId).name()));
                });
    }

    PurposeStopView view(PurposeStop stop) {
        return new PurposeStopView(stop.purposeId(), em.find(Purpose.class, stop.purposeId()).name(),
                stop.reason() == PurposeStop.Reason.OBJECTION ? "Objection" : "Consent withdrawn", stop.since(),
                stop.compellingGrounds(), stop.stops());
    }
}
