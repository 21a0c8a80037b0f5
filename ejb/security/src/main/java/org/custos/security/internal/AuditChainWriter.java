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

/**
 * Links entries to the audit chain in one transaction of their own: the chain head row is locked once for them
 * all, so writers (and servers) queue instead of forking the chain. A head whose MAC does not match stays
 * unsealed, so that the next append cannot hide that it was moved.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditChainWriter {

    private static final Logger LOG = Logger.getLogger(AuditChainWriter.class.getName());
    private static final int DETAIL_LIMIT = 500;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    @Inject
    Clock clock;

    /** Appends the entries in their order, and commits. */
    public void appendAll(List<EntryDraft> entries) {
        AuditChain chain = key.chain();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        boolean sealed = chain.headMatches(head.lastPosition(), head.lastMac(), head.mac());
        if (!sealed && head.mac() != null) {
            LOG.severe("The audit chain's head was changed outside the application: it stays unsealed, and the "
                    + "chain's verification reports it.");
        }
        for (EntryDraft entry : entries) {
            AuditChain.Link link = new AuditChain.Link(head.lastPosition() + 1,
                    LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), entry.actor(), entry.action().name(),
                    entry.subjectId(), emptyToNull(entry.recordType()), entry.recordId(), entry.purposeId(),
                    entry.outcome().name(), shorten(entry.detail()), entry.shownSubjectIds());
            String mac = chain.mac(link, head.lastMac());
            em.persist(new AuditEntry(link.position(), link.occurredAt(), link.actor(), link.action(),
                    link.subjectId(), link.recordType(), link.recordId(), link.purposeId(), link.outcome(),
                    link.detail(), link.shownSubjectIds(), head.lastMac(), mac));
            head.advance(link.position(), mac, sealed ? chain.headMac(link.position(), mac) : null);
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }
}
