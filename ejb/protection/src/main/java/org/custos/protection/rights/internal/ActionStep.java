package org.custos.protection.rights.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.protection.RecipientNotice;
import org.custos.domain.protection.RequestCorrection;
import org.custos.domain.protection.RequestOutcome;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.CorrectionState;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.holds.api.HeldRecords;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.HolderRegistry;

/** One context's part of acting on a request, in its own transaction with the outcome it records (D5, D6). */
@Stateless
@RolesAllowed(Role.Names.DPM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ActionStep {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    HeldRecords heldRecords;

    @Inject
    DisclosureLog disclosures;

    @Inject
    Principal caller;

    /**
     * Copies the person's recipients from the disclosure log, once per request (D5, D6): an organisation of the
     * register by its name as it is now.
     */
    public void noteRecipients(long requestId, long subjectId) {
        boolean noted = em.createQuery("select count(n) from RecipientNotice n where n.requestId = :id", Long.class)
                .setParameter("id", requestId).getSingleResult() > 0;
        if (!noted) {
            disclosures.of(subjectId).forEach(disclosure -> em.persist(new RecipientNotice(requestId,
                    disclosure.recipient(), disclosure.disclosed(), disclosure.disclosedOn())));
        }
    }

    /** Erases the person's data in the context, unless a legal hold keeps it there; the outcome names the DPM. */
    public void erase(long requestId, long subjectId, String context) {
        erase(requestId, subjectId, context, caller.getName(), false);
    }

    /**
     * Erases the person's data in a context an erasure cut short by a crash did not reach ({@link
     * RequestsLeftHalfDone}), through the holder's door for no one signed in: the request locked, so that two
     * servers starting at once erase it once, and nothing done when the context already has its outcome. Returns
     * whether it erased there.
     * <p>
     * {@code @PermitAll} on purpose, like the retention carrier: it only finishes an erasure {@code startedBy} (the
     * DPM who acted, from the request's other outcomes) started (the facade checked the role then, and the identity
     * gate was passed), at the server's start with no one signed in. It is internal: the web module cannot reach it.
     */
    @PermitAll
    public boolean eraseLeftUndone(long requestId, String context, String startedBy) {
        RightsRequest request = em.find(RightsRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || erased(requestId, context)) {
            return false;
        }
        erase(requestId, request.subjectId(), context, startedBy, true);
        return true;
    }

    private void erase(long requestId, long subjectId, String context, String actor, boolean noOneSignedIn) {
        List<String> held = heldRecords.keptIn(subjectId, context);
        if (!held.isEmpty()) {
            em.persist(new RequestOutcome(requestId, context, RequestOutcome.Action.ERASED, 0,
                    String.join("\n", held), calendar.now()).by(actor));
            return;
        }
        PersonalDataHolder holder = holders.of(context);
        ErasureOutcome outcome = noOneSignedIn ? holder.eraseWithNoOneSignedIn(subjectId, actor)
                : holder.erase(subjectId);
        em.persist(new RequestOutcome(requestId, context, RequestOutcome.Action.ERASED, outcome.erased(),
                outcome.keptWithReasons().isEmpty() ? null : String.join("\n", outcome.keptWithReasons()),
                calendar.now()).by(actor));
    }

    private boolean erased(long requestId, String context) {
        return em.createQuery("select count(o) from RequestOutcome o where o.requestId = :id and o.context = :context"
                + " and o.action = :erased", Long.class).setParameter("id", requestId).setParameter("context", context)
                .setParameter("erased", RequestOutcome.Action.ERASED).getSingleResult() > 0;
    }

    /** Makes the request's corrections still to make in this context, and records which were made. */
    public void rectify(long requestId, long subjectId, String context) {
        List<RequestCorrection> pending = em.createQuery("select c from RequestCorrection c where c.requestId = :id"
                + " and c.context = :context and c.state = :pending order by c.id", RequestCorrection.class)
                .setParameter("id", requestId).setParameter("context", context)
                .setParameter("pending", CorrectionState.PENDING).getResultList();
        if (pending.isEmpty()) {
            return;
        }
        RectificationOutcome outcome = holders.of(context).rectify(subjectId, pending.stream()
                .map(c -> new Correction(c.id(), c.recordType(), c.recordId(), c.field(), c.value())).toList());
        LocalDateTime now = calendar.now();
        List<String> notMade = new ArrayList<>();
        for (RequestCorrection correction : pending) {
            String why = outcome.refused().get(correction.id());
            if (why == null) {
                correction.made(now);
            } else {
                correction.refused(why, now);
                notMade.add(correction.field() + " (" + correction.recordLabel() + ") not corrected: " + why);
            }
        }
        em.persist(new RequestOutcome(requestId, context, RequestOutcome.Action.RECTIFIED, outcome.corrected(),
                notMade.isEmpty() ? null : String.join("\n", notMade), now).by(caller.getName()));
    }

    public void restrict(long requestId, long subjectId, String context, boolean restricted) {
        PersonalDataHolder holder = holders.of(context);
        holder.restrict(subjectId, restricted);
        em.persist(new RequestOutcome(requestId, context, restricted ? RequestOutcome.Action.RESTRICTED
                : RequestOutcome.Action.RESTRICTION_LIFTED, 0, null, calendar.now()).by(caller.getName()));
    }
}
