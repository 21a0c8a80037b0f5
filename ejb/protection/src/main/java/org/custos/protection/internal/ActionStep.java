package org.custos.protection.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.Disclosure;
import org.custos.domain.protection.RecipientNotice;
import org.custos.domain.protection.RequestOutcome;
import org.custos.domain.shared.Role;
import org.custos.protection.api.ComplianceCalendar;
import org.custos.protection.api.ErasureOutcome;
import org.custos.protection.api.PersonalDataHolder;

/** One context's part of acting on a request, in its own transaction with the outcome it records (D5, D6). */
@Stateless
@RolesAllowed(Role.Names.DPM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ActionStep {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Holders holders;

    @Inject
    ComplianceCalendar calendar;

    /** Copies the person's recipients from the disclosure log, once per request (D5, D6). */
    public void noteRecipients(long requestId, long subjectId) {
        boolean noted = em.createQuery("select count(n) from RecipientNotice n where n.requestId = :id", Long.class)
                .setParameter("id", requestId).getSingleResult() > 0;
        if (!noted) {
            em.createQuery("select d from Disclosure d where d.subjectId = :subject", Disclosure.class)
                    .setParameter("subject", subjectId).getResultStream()
                    .forEach(disclosure -> em.persist(new RecipientNotice(requestId, disclosure)));
        }
    }

    public void erase(long requestId, long subjectId, String context) {
        ErasureOutcome outcome = holders.of(context).erase(subjectId);
        em.persist(new RequestOutcome(requestId, context, RequestOutcome.Action.ERASED, outcome.erased(),
                outcome.keptWithReasons().isEmpty() ? null : String.join("\n", outcome.keptWithReasons()),
                calendar.now()));
    }

    public void restrict(long requestId, long subjectId, String context, boolean restricted) {
        PersonalDataHolder holder = holders.of(context);
        holder.restrict(subjectId, restricted);
        em.persist(new RequestOutcome(requestId, context, restricted ? RequestOutcome.Action.RESTRICTED
                : RequestOutcome.Action.RESTRICTION_LIFTED, 0, null, calendar.now()));
    }
}
