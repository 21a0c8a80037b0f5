package org.custos.protection.purposes.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.protection.Purpose;
import org.custos.domain.protection.PurposeStop;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.security.api.RequestRefused;

/** The purposes stopped for a person (D7, L2), read from {@code prot_purpose_stop}. */
@Dependent
class DefaultPurposeStops implements PurposeStops {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<PurposeStopView> of(long subjectId) {
        return em.createQuery("select s from PurposeStop s where s.subjectId = :subject order by s.since, s.id",
                PurposeStop.class).setParameter("subject", subjectId).getResultStream().map(this::view).toList();
    }

    @Override
    public void requireUsable(long subjectId, Purpose purpose) {
        em.createNamedQuery(PurposeStop.IN_FORCE, PurposeStop.class).setParameter("subject", subjectId)
                .setParameter("purpose", purpose.id()).getResultStream().findFirst().ifPresent(stop -> {
                    throw new RequestRefused(stop.refusal(purpose.name()));
                });
    }

    PurposeStopView view(PurposeStop stop) {
        return new PurposeStopView(stop.purposeId(), em.find(Purpose.class, stop.purposeId()).name(),
                stop.reason() == PurposeStop.Reason.OBJECTION ? "Objection" : "Consent withdrawn", stop.since(),
                stop.compellingGrounds(), stop.stops());
    }
}
