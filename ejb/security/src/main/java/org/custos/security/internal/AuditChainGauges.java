package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The audit chain's figures at {@code /metrics}: its length (the head's position, one row) and when the DPM last
 * verified it (the newest verification entry, found through the index on action and time). Read at each scrape
 * with no caller, as the timers read: they tell nothing about a person.
 */
@Singleton
@Startup
public class AuditChainGauges {

    static final String ENTRIES = "custos.audit.chain.entries";
    static final String LAST_VERIFIED = "custos.audit.chain.last.verified";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName(ENTRIES)
                .withDescription("Entries in the audit chain (the position of its last entry)").build(),
                this::entries);
        registry.gauge(Metadata.builder().withName(LAST_VERIFIED).withUnit("seconds")
                .withDescription("When the audit chain was last verified, in seconds since 1970 (UTC); 0 before the "
                        + "first verification").build(), this::lastVerified);
    }

    long entries() {
        return em.find(AuditChainHead.class, AuditChainHead.ID).lastPosition();
    }

    long lastVerified() {
        LocalDateTime last = em.createQuery("select max(e.occurredAt) from AuditEntry e where e.action = :action"
                + " and e.outcome = :outcome", LocalDateTime.class)
                .setParameter("action", AuditAction.AUDIT_CHAIN_VERIFIED.name())
                .setParameter("outcome", AuditOutcome.SUCCESS.name()).getSingleResult();
        return last == null ? 0 : last.atZone(OrganisationTime.ZONE).toEpochSecond();
    }
}
