package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.security.AuditEntry;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.ValidatedArguments;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.Audited;
import org.custos.security.api.ChainVerification;

@Stateless
@ValidatedArguments
public class DefaultAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditAppender appender;

    @Inject
    AuditKey key;

    @Override
    @PermitAll
    @AuditExempt("writes an entry itself: the security event it is given")
    public void record(AuditEvent event) {
        appender.append(event.actor(), event.action(), null, null, null, null, event.outcome(), event.detail());
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.SEARCH, record = "AuditEntry")
    public Page<AuditEntryView> search(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(filters(cb, entry, query)).orderBy(cb.desc(entry.get("position")));
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(filters(cb, counted, query));
        List<AuditEntryView> rows = em.createQuery(select).setFirstResult(query.first())
                .setMaxResults(query.pageSize()).getResultList().stream().map(DefaultAuditTrail::view).toList();
        return new Page<>(rows, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> filters = new ArrayList<>();
        if (query.subjectId() != null) {
            filters.add(cb.equal(entry.get("subjectId"), query.subjectId()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            filters.add(cb.equal(entry.get("actor"), query.actor().trim()));
        }
        if (query.action() != null) {
            filters.add(cb.equal(entry.get("action"), query.action().name()));
        }
        if (query.from() != null) {
            filters.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            filters.add(cb.lessThan(entry.get("occurredAt"), query.to().plusDays(1).atStartOfDay()));
        }
        return filters.toArray(Predicate[]::new);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = "AuditEntry")
    public List<AuditEntryView> historyOf(long subjectId) {
        return em.createQuery("select e from AuditEntry e where e.subjectId = :subject order by e.position",
                AuditEntry.class).setParameter("subject", subjectId).getResultList().stream()
                .map(DefaultAuditTrail::view).toList();
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.AUDIT_CHAIN_VERIFIED, record = "AuditChain")
    public ChainVerification verifyChain() {
        AuditChain chain = key.chain();
        String previousMac = AuditChain.GENESIS_MAC;
        long expected = 1;
        TypedQuery<AuditEntry> batch = em.createQuery(
                "select e from AuditEntry e where e.position >= :from order by e.position", AuditEntry.class);
        List<AuditEntry> entries;
        do {
            entries = batch.setParameter("from", expected).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : entries) {
                String problem = problem(chain, entry, expected, previousMac);
                if (problem != null) {
                    return new ChainVerification(expected - 1, expected, problem);
                }
                previousMac = entry.mac();
                expected++;
            }
            em.clear();
        } while (entries.size() == VERIFY_BATCH);
        long last = em.find(AuditChainHead.class, AuditChainHead.ID).lastPosition();
        if (last != expected - 1) {
            return new ChainVerification(expected - 1, expected,
                    "entries " + expected + " to " + last + " are missing from the end of the chain");
        }
        return new ChainVerification(expected - 1, null, null);
    }

    private static String problem(AuditChain chain, AuditEntry entry, long expected, String previousMac) {
        if (entry.position() != expected) {
            return "entry " + expected + " is missing";
        }
        if (!entry.previousMac().equals(previousMac)) {
            return "entry " + expected + " does not follow entry " + (expected - 1);
        }
        AuditChain.Link link = new AuditChain.Link(entry.position(), entry.occurredAt(), entry.actor(),
                entry.action(), entry.subjectId(), entry.recordType(), entry.recordId(), entry.purposeId(),
                entry.outcome(), entry.detail());
        return chain.matches(link, previousMac, entry.mac()) ? null : "entry " + expected + " was altered";
    }

    private static AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.position(), entry.occurredAt(), entry.actor(),
                AuditAction.valueOf(entry.action()), entry.subjectId(), entry.recordType(), entry.recordId(),
                entry.purposeId(), AuditOutcome.valueOf(entry.outcome()), entry.detail());
    }
}
