package org.custos.protection.breaches.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.custos.domain.protection.Breach;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachFilter;
import org.custos.protection.breaches.api.BreachForm;
import org.custos.protection.breaches.api.BreachMonth;
import org.custos.protection.breaches.api.BreachQuery;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachRiskAssessment;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.domain.shared.Texts;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultBreaches implements Breaches {

    private static final String RECORD = "Breach";

    /** Breaches still awaiting their report (X5): listed first, the oldest awareness (nearest deadline) first. */
    private static final String AWAITING_REPORT = "(b.closedAt is null and b.reportedAt is null"
            + " and (b.notifyIco is null or b.notifyIco = true))";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    BreachViews views;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public BreachView log(BreachForm form) {
        Breach breach = new Breach(calendar.instantNow(), caller.getName());
        fill(breach, form);
        em.persist(breach);
        em.flush();
        return views.view(breach);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public BreachView update(long breachId, long version, BreachForm form) {
        Breach breach = open(breachId, version);
        fill(breach, form);
        if (breach.reportedAt() != null) {
            views.lateness(breach).checkReport(breach.reportedAt(), breach.lateReason());
        }
        return saved(breach);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public BreachView recordDecision(long breachId, long version, BreachDecisionForm decision) {
        Breach breach = open(breachId, version);
        changes().requireDecidable(breach, decision.notifyIco());
        breach.decide(decision.notifyIco(), Texts.blankToNull(decision.reasons()), calendar.instantNow(),
                caller.getName());
        return saved(breach);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public BreachView recordReport(long breachId, long version, BreachReportForm report) {
        Breach breach = open(breachId, version);
        Instant reportedAt = instant(report.reportedAt());
        changes().requireReportable(breach, reportedAt);
        views.lateness(breach).checkReport(reportedAt, report.lateReason());
        breach.reported(reportedAt, report.icoReference().trim(), Texts.blankToNull(report.lateReason()));
        return saved(breach);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public BreachView recordPeopleTold(long breachId, long version, PeopleToldForm told) {
        Breach breach = open(breachId, version);
        Instant toldAt = instant(told.toldAt());
        changes().requireNotFuture(toldAt, "The time the people were told");
        breach.peopleTold(toldAt, toldAt == null ? null : Texts.blankToNull(told.how()),
                told.toldAt() == null ? told.notToldReason().trim() : null);
        return saved(breach);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public BreachView close(long breachId, long version) {
        Breach breach = open(breachId, version);
        BreachClosure.check(breach);
        breach.close(calendar.instantNow(), caller.getName());
        return saved(breach);
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public BreachView breach(long breachId) {
        return views.view(byId(breachId));
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<BreachSummary> search(BreachQuery query) {
        String where = switch (query.filter()) {
            case OPEN -> " where b.closedAt is null";
            case CLOSED -> " where b.closedAt is not null";
            case ALL -> " where 1 = 1";
        };
        String awaiting = where + " and " + AWAITING_REPORT;
        long awaitingCount = count(awaiting);
        List<Breach> rows = new ArrayList<>();
        if (query.first() < awaitingCount) {
            rows.addAll(breaches(awaiting + " order by b.awareAt, b.id", query.first(), query.pageSize()));
        }
        int left = query.pageSize() - rows.size();
        if (left > 0) {
            rows.addAll(breaches(where + " and not " + AWAITING_REPORT + " order by b.awareAt desc, b.id desc",
                    (int) Math.max(0, query.first() - awaitingCount), left));
        }
        return new Page<>(rows.stream().map(views::summary).toList(), count(where));
    }

    private List<Breach> breaches(String whereAndOrder, int first, int max) {
        return em.createQuery("select b from Breach b" + whereAndOrder, Breach.class).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    private long count(String where) {
        return em.createQuery("select count(b) from Breach b" + where, Long.class).getSingleResult();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<BreachSummary> openBreaches() {
        return search(new BreachQuery(BreachFilter.OPEN, 0, 200)).rows();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<BreachMonth> breachesByMonthAndRisk(int months) {
        YearMonth first = YearMonth.from(calendar.today()).minusMonths(months - 1L);
        Map<YearMonth, Map<BreachRisk, Long>> counts = new LinkedHashMap<>();
        for (int i = 0; i < months; i++) {
            counts.put(first.plusMonths(i), new EnumMap<>(BreachRisk.class));
        }
        TypedQuery<Object[]> rows = em.createQuery("select b.awareAt, b.risk from Breach b where b.awareAt >= :from",
                Object[].class).setParameter("from",
                        instant(first.atDay(1).atStartOfDay()).atOffset(ZoneOffset.UTC));
        for (Object[] row : rows.getResultList()) {
            Map<BreachRisk, Long> month = counts.get(YearMonth.from(
                    calendar.localTime(((OffsetDateTime) row[0]).toInstant())));
            if (month != null) {
                month.merge((BreachRisk) row[1], 1L, Long::sum);
            }
        }
        List<BreachMonth> result = new ArrayList<>();
        counts.forEach((month, byRisk) -> result.add(new BreachMonth(month, byRisk.getOrDefault(BreachRisk.NO_RISK, 0L),
                byRisk.getOrDefault(BreachRisk.RISK, 0L), byRisk.getOrDefault(BreachRisk.HIGH_RISK, 0L))));
        return result;
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public byte[] reportPdf(long breachId) {
        return BreachReportPdf.render(views.view(byId(breachId)), caller.getName(), calendar.now());
    }

    private void fill(Breach breach, BreachForm form) {
        BreachChanges changes = changes();
        Instant awareAt = instant(form.awareAt());
        Instant occurredAt = instant(form.occurredAt());
        changes.requireNotFuture(awareAt, "The time the organisation became aware of the breach");
        changes.requireNotFuture(occurredAt, "The time the breach happened");
        checkPeopleExist(form);
        breach.describe(form.summary().trim(), occurredAt, awareAt, Texts.blankToNull(form.howDiscovered()),
                form.natures(), form.description().trim(), Texts.blankToNull(form.systems()), form.dataCategories().trim(),
                Texts.blankToNull(form.peopleCategories()), form.approxPeople(), form.approxRecords(), form.subjectIds());
        breach.assess(Texts.blankToNull(form.consequences()), Texts.blankToNull(form.measuresTaken()),
                Texts.blankToNull(form.measuresPlanned()), form.likelihood(), form.severity(),
                BreachRiskAssessment.of(form.likelihood(), form.severity()));
    }

    private void checkPeopleExist(BreachForm form) {
        if (form.subjectIds().isEmpty()) {
            return;
        }
        TreeSet<Long> missing = new TreeSet<>(form.subjectIds());
        missing.removeAll(em.createQuery("select s.id from DataSubject s where s.id in :ids", Long.class)
                .setParameter("ids", form.subjectIds()).getResultList());
        if (!missing.isEmpty()) {
            throw new RequestRefused("There is no person in the register with the reference "
                    + missing.first() + ".");
        }
    }

    private BreachChanges changes() {
        return new BreachChanges(calendar.instantNow());
    }

    /** A time the DPM typed, in the organisation's local time. */
    private Instant instant(LocalDateTime localTime) {
        return localTime == null ? null : calendar.instant(localTime);
    }

    private Breach byId(long id) {
        Breach breach = em.find(Breach.class, id);
        if (breach == null) {
            throw new AccessRefused("There is no breach with that reference.");
        }
        return breach;
    }

    /** The breach to change: the version the change was made to, and not closed (a closed breach is read-only). */
    private Breach open(long id, long version) {
        Breach breach = byId(id);
        ConcurrentChange.check(breach.version(), version, "The breach " + breach.id());
        changes().requireOpen(breach);
        return breach;
    }

    private BreachView saved(Breach breach) {
        breach.touched(calendar.instantNow(), caller.getName());
        em.flush();
        return views.view(breach);
    }
}
