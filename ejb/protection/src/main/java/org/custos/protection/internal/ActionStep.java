package org.custos.protection.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
