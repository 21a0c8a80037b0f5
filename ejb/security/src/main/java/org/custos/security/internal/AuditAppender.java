package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.security.AuditEntry;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * Appends entries to the audit chain, one at a time: the chain head row is locked for the append, so concurrent
 * writers queue instead of forking the chain. Each append commits on its own, so refused and failed calls are
 * recorded even though their own transaction rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditAppender {

    private static final int DETAIL_LIMIT = 500;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    @Inject
    Clock clock;

    public void append(String actor, AuditAction action, Long subjectId, String recordType, String recordId,
            Long purposeId, AuditOutcome outcome, String detail) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditChain.Link link = new AuditChain.Link(head.lastPosition() + 1,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), actor, action.name(), subjectId,
                emptyToNull(recordType), recordId, purposeId, outcome.name(), shorten(detail));
        String mac = key.chain().mac(link, head.lastMac());
        em.persist(new AuditEntry(link.position(), link.occurredAt(), link.actor(), link.action(), link.subjectId(),
                link.recordType(), link.recordId(), link.purposeId(), link.outcome(), link.detail(),
                head.lastMac(), mac));
        head.advance(link.position(), mac);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }
}
