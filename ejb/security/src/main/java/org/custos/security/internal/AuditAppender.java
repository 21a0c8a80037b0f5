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
import java.util.List;
import java.util.logging.Logger;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.security.AuditEntry;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * Appends entries to the audit chain, one at a time: the chain head row is locked for the append, so concurrent
 * writers queue instead of forking the chain. Each append commits on its own, so refused and failed calls are
 * recorded even though their own transaction rolls back. A head whose MAC does not match stays unsealed, so that
 * the next append cannot hide that it was moved.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditAppender {

    private static final Logger LOG = Logger.getLogger(AuditAppender.class.getName());
    private static final int DETAIL_LIMIT = 500;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    @Inject
    Clock clock;

    public void append(String actor, AuditAction action, Long subjectId, String recordType, String recordId,
            Long purposeId, AuditOutcome outcome, String detail) {
        append(new EntryDraft(actor, action, subjectId, recordType, recordId, purposeId, outcome, detail,
                List.of()));
    }

    public void append(EntryDraft entry) {
        AuditChain chain = key.chain();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        boolean sealed = chain.headMatches(head.lastPosition(), head.lastMac(), head.mac());
        if (!sealed && head.mac() != null) {
            LOG.severe("The audit chain's head was changed outside the application: it stays unsealed, and the "
                    + "chain's verification reports it.");
        }
        AuditChain.Link link = new AuditChain.Link(head.lastPosition() + 1,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), entry.actor(), entry.action().name(),
                entry.subjectId(), emptyToNull(entry.recordType()), entry.recordId(), entry.purposeId(),
                entry.outcome().name(), shorten(entry.detail()), entry.shownSubjectIds());
        String mac = chain.mac(link, head.lastMac());
        em.persist(new AuditEntry(link.position(), link.occurredAt(), link.actor(), link.action(), link.subjectId(),
                link.recordType(), link.recordId(), link.purposeId(), link.outcome(), link.detail(),
                link.shownSubjectIds(), head.lastMac(), mac));
        head.advance(link.position(), mac, sealed ? chain.headMac(link.position(), mac) : null);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }
}
