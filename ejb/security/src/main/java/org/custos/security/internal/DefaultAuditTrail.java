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
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.custos.domain.security.AuditEntry;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.ValidatedArguments;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditExport;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.Audited;
import org.custos.security.api.ChainVerification;

@Stateless
@ValidatedArguments
public class DefaultAuditTrail implements AuditTrail {

    private static final String RECORD = "AuditEntry";

    private static final Logger LOG = Logger.getLogger(DefaultAuditTrail.class.getName());
    private static final int POSITIONS_PER_QUERY = 1000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditAppender appender;

    @Inject
    ChainVerifier verifier;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    Clock clock;

    @Override
    @PermitAll
    @AuditExempt("writes an entry itself: the security event it is given")
    public void record(AuditEvent event) {
        appender.append(event.actor(), event.action(), null, null, null, null, event.outcome(), event.detail());
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<AuditEntryView> search(AuditQuery query) {
        return new Page<>(views(matching(query.filter()).setFirstResult(query.first())
                .setMaxResults(query.pageSize()).getResultList()), count(query.filter()));
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public AuditExport export(AuditFilter filter, AuditExport.Format format) {
        return new AuditExport(filter, format, views(matching(filter).setMaxResults(AuditExport.LIMIT)
                .getResultList()), count(filter));
    }

    /** The entries the filter matches, newest first. */
    private TypedQuery<AuditEntry> matching(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(filters(cb, select, entry, filter)).orderBy(cb.desc(entry.get("position")));
        return em.createQuery(select);
    }

    private long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(filters(cb, count, counted, filter));
        return em.createQuery(count).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, CriteriaQuery<?> select, Root<AuditEntry> entry,
            AuditFilter filter) {
        List<Predicate> filters = new ArrayList<>();
        if (filter.subjectId() != null) {
            filters.add(about(cb, select, entry, filter.subjectId()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            filters.add(cb.equal(entry.get("actor"), filter.actor().trim()));
        }
        if (filter.action() != null) {
            filters.add(cb.equal(entry.get("action"), filter.action().name()));
        }
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            filters.add(cb.equal(entry.get("recordType"), filter.recordType().trim()));
        }
        if (filter.recordId() != null && !filter.recordId().isBlank()) {
            filters.add(cb.equal(entry.get("recordId"), filter.recordId().trim()));
        }
        if (filter.from() != null) {
            filters.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            filters.add(cb.lessThan(entry.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
        }
        return filters.toArray(Predicate[]::new);
    }

    /** The entries about the person, and those of the searches and lists that showed them (X2). */
    private static Predicate about(CriteriaBuilder cb, CriteriaQuery<?> select, Root<AuditEntry> entry,
            long subjectId) {
        Subquery<Long> showing = select.subquery(Long.class);
        Root<AuditEntry> shown = showing.from(AuditEntry.class);
        showing.select(shown.get("position")).where(cb.equal(shown.join("shownSubjectIds"), subjectId));
        return cb.or(cb.equal(entry.get("subjectId"), subjectId), entry.get("position").in(showing));
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<AuditEntryView> historyOf(long subjectId) {
        // two lookups by index, not one "or" that a long trail would answer by reading every entry
        Set<Long> positions = new TreeSet<>(em.createQuery("select e.position from AuditEntry e"
                + " where e.subjectId = :subject", Long.class).setParameter("subject", subjectId).getResultList());
        positions.addAll(em.createQuery("select e.position from AuditEntry e join e.shownSubjectIds s"
                + " where s = :subject", Long.class).setParameter("subject", subjectId).getResultList());
        List<Long> ordered = List.copyOf(positions);
        List<AuditEntry> entries = new ArrayList<>();
        for (int from = 0; from < ordered.size(); from += POSITIONS_PER_QUERY) {
            entries.addAll(em.createQuery("select e from AuditEntry e where e.position in :positions"
                    + " order by e.position", AuditEntry.class).setParameter("positions",
                    ordered.subList(from, Math.min(ordered.size(), from + POSITIONS_PER_QUERY))).getResultList());
        }
        return views(entries);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.AUDIT_CHAIN_VERIFIED, record = "AuditChain")
    public ChainVerification verifyChain() {
        return verified(false);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.AUDIT_CHAIN_VERIFIED, record = "AuditChain")
    public ChainVerification verifyNewEntries() {
        return verified(true);
    }

    private ChainVerification verified(boolean sinceLastCheckpoint) {
        ChainVerifier.Walk walk = verifier.walk(checkpoints.last(), sinceLastCheckpoint, LocalDateTime.now(clock));
        if (walk.verification().intact()) {
            checkpoints.write(walk.reached());
        } else {
            LOG.warning(() -> "The audit chain is broken at entry " + walk.verification().firstBrokenPosition()
                    + ": " + walk.verification().problem());
        }
        return walk.verification();
    }

    private List<AuditEntryView> views(List<AuditEntry> entries) {
        Map<Long, List<Long>> shown = PeopleShown.in(em, entries.stream().map(AuditEntry::position).toList());
        Map<Long, String> named = PeopleNamed.in(em, entries.stream().map(AuditEntry::subjectId)
                .filter(Objects::nonNull).toList());
        return entries.stream().map(entry -> view(entry, named.get(entry.subjectId()),
                shown.getOrDefault(entry.position(), List.of()))).toList();
    }

    private static AuditEntryView view(AuditEntry entry, String subjectName, List<Long> shownSubjectIds) {
        return new AuditEntryView(entry.position(), entry.occurredAt(), entry.actor(),
                AuditAction.valueOf(entry.action()), entry.subjectId(), subjectName, entry.recordType(),
                entry.recordId(),
                entry.purposeId(), AuditOutcome.valueOf(entry.outcome()), entry.detail(),
                shownSubjectIds.stream().sorted().toList());
    }
}
