package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditChainFigures;
import org.custos.security.api.AuditOutcome;

/**
 * The audit chain's length (the head's position, one row) and when the DPM last verified it (the newest
 * verification entry, found through the index on action and time): cheap at every scrape.
 */
@ApplicationScoped
public class DefaultAuditChainFigures implements AuditChainFigures {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public long entries() {
        // a query, not em.find: the gauges count outside a transaction, where find answers from the shared cache
        return em.createQuery("select h.lastPosition from AuditChainHead h where h.id = :id", Long.class)
                .setParameter("id", AuditChainHead.ID).getSingleResult();
    }

    @Override
    public long lastVerifiedEpochSecond() {
        LocalDateTime last = em.createQuery("select max(e.occurredAt) from AuditEntry e where e.action = :action"
                + " and e.outcome = :outcome", LocalDateTime.class)
                .setParameter("action", AuditAction.AUDIT_CHAIN_VERIFIED.name())
                .setParameter("outcome", AuditOutcome.SUCCESS.name()).getSingleResult();
        return last == null ? 0 : last.atZone(OrganisationTime.ZONE).toEpochSecond();
    }
}
