package org.custos.protection.retention.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.security.Principal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.retention.api.CarryingOut;
import org.custos.protection.retention.api.DecisionOutcome;
import org.custos.protection.retention.api.EvidenceFilter;
import org.custos.protection.retention.api.EvidenceRow;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.ExtensionReason;
import org.custos.protection.retention.api.ItemState;
import org.custos.protection.retention.api.QueueFilter;
import org.custos.protection.retention.api.QueueRow;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.retention.api.RetentionReview;
import org.custos.protection.retention.api.RuleGroup;
import org.custos.protection.shared.Dates;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.RetentionRule;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
public class DefaultRetentionReview implements RetentionReview {

    private static final String RECORD = "RetentionReviewItem";
    private static final String EVIDENCE = "RetentionDecision";
    private static final int REPORT_MAX = 5000;
    private static final int PAGE_MAX = 500;
    /** The record group of an item whose rule no deployed context declares any more. */
    static final String UNDECLARED = "Records of a rule no longer in the schedule";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    RetentionHolds holds;

    @Inject
    ReviewScope scope;

    @Inject
    ReviewDecisions decisions;

    @Inject
    RetentionCarrier carrier;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @AuditExempt("reads no personal data: whether the caller reviews records due at all")
    public boolean reviewsAny() {
        return scope.any();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<QueueRow> queue(QueueFilter filter, int first, int pageSize) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from prot_retention_item i left join core_data_subject s"
                + " on s.id = i.subject_id where 1 = 1");
        scoped(where, parameters, "i.context");
        if (filter.context() != null && !filter.context().isBlank()) {
            where.append(" and i.context = ?");
            parameters.add(filter.context());
        }
        if (filter.rule() != null && !filter.rule().isBlank()) {
            where.append(" and i.rule_key = ?");
            parameters.add(filter.rule());
        }
        if (filter.state() != null) {
            where.append(" and i.state = ?");
            parameters.add(filter.state().name());
        } else {
            where.append(" and i.state <> 'DONE'");
        }
        if (filter.dueBefore() != null) {
            where.append(" and i.due_on < ?");
            parameters.add(filter.dueBefore());
        }
        Query rows = em.createNativeQuery("select i.id, i.subject_id, s.given_names, s.family_name, i.context,"
                + " i.rule_key, i.record_type, i.due_on, i.reason, i.state, i.decision, i.extended_until" + where
                + " order by i.due_on, i.id limit ? offset ?");
        Query count = em.createNativeQuery(Page.countUpToMax(where.toString()));
        List<Object[]> found = page(rows, count, parameters, Math.max(0, first),
                Math.max(1, Math.min(pageSize, PAGE_MAX)));
        Map<RetentionHolds.Records, List<String>> held = holds.of(found.stream()
                .map(row -> new RetentionHolds.Records(((Number) row[1]).longValue(), (String) row[4])).toList());
        Map<String, Optional<RetentionRule>> rules = new HashMap<>();
        List<QueueRow> page = found.stream().map(row -> {
            long subjectId = ((Number) row[1]).longValue();
            String context = (String) row[4];
            Optional<RetentionRule> rule = rules.computeIfAbsent((String) row[5], holders::retentionRule);
            ItemState state = ItemState.valueOf((String) row[9]);
            return new QueueRow(((Number) row[0]).longValue(), subjectId,
                    row[2] == null ? "A person no longer in the register" : row[2] + " " + row[3],
                    DataContext.labelOf(context), rule.map(RetentionRule::label).orElse(UNDECLARED),
                    Dates.day(day(row[7])), (String) row[8], state, stateText(state, (String) row[10], day(row[11])),
                    DecisionRules.offered(rule),
                    held.getOrDefault(new RetentionHolds.Records(subjectId, context), List.of()));
        }).toList();
        return Page.countedUpToMax(page, ((Number) count.getSingleResult()).longValue());
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<RuleGroup> groups() {
        List<String> mine = scope.contexts();
        List<RuleGroup> groups = new ArrayList<>();
        for (String context : mine == null ? holders.contexts() : mine) {
            Map<String, Long> waiting = new TreeMap<>();
            for (ItemState state : List.of(ItemState.WAITING, ItemState.FAILED)) {
                for (String rule = ruleAfter(state, context, ""); rule != null; rule = ruleAfter(state, context, rule)) {
                    waiting.merge(rule, countedUpToGroupMax(state, context, rule), Long::sum);
                }
            }
            waiting.forEach((rule, count) -> groups.add(new RuleGroup(context, DataContext.labelOf(context), rule,
                    holders.retentionRule(rule).map(RetentionRule::label).orElse(UNDECLARED),
                    Math.min(count, GROUP_COUNTED_MAX + 1L), count > GROUP_COUNTED_MAX)));
        }
        return groups;
    }

    /**
     * The next rule, in the order of their keys, with items of that state in the context: one step down the queue's
     * index, so that finding the groups reads one index entry per group, not every item waiting.
     */
    private String ruleAfter(ItemState state, String context, String rule) {
        return (String) em.createNativeQuery("select min(i.rule_key) from prot_retention_item i"
                + " where i.state = ? and i.context = ? and i.rule_key > ?")
                .setParameter(1, state.name()).setParameter(2, context).setParameter(3, rule).getSingleResult();
    }

    private long countedUpToGroupMax(ItemState state, String context, String rule) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from prot_retention_item i"
                + " where i.state = ? and i.context = ? and i.rule_key = ? limit " + (GROUP_COUNTED_MAX + 1)
                + ") counted").setParameter(1, state.name()).setParameter(2, context).setParameter(3, rule)
                .getSingleResult()).longValue();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DecisionOutcome decide(List<Long> itemIds, RetentionAction action) {
        DecisionOutcome outcome = decisions.decide(itemIds, action);
        if (outcome.decided() > 0) {
            carrier.carryOutWaiting();
        }
        return outcome;
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public DecisionOutcome extend(List<Long> itemIds, ExtensionForm extension) {
        return decisions.extend(itemIds, extension);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public CarryingOut carryingOut() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder scoped = new StringBuilder();
        scoped(scoped, parameters, "i.context");
        Query states = em.createNativeQuery("select i.state, count(*) from prot_retention_item i"
                + " where i.state in ('DECIDED', 'FAILED')" + scoped + " group by i.state");
        Query doneToday = em.createNativeQuery("select count(*) from prot_retention_decision d"
                + " join prot_retention_item i on i.id = d.item_id where d.carried_out_at >= ? and d.failure is null"
                + scoped);
        doneToday.setParameter(1, calendar.now().toLocalDate().atStartOfDay());
        for (int i = 0; i < parameters.size(); i++) {
            states.setParameter(i + 1, parameters.get(i));
            doneToday.setParameter(i + 2, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> byState = ((List<Object[]>) states.getResultList()).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        return new CarryingOut(byState.getOrDefault(ItemState.DECIDED.name(), 0L),
                ((Number) doneToday.getSingleResult()).longValue(), byState.getOrDefault(ItemState.FAILED.name(), 0L));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public CarryingOut resume() {
        CarryingOut now = carryingOut();
        if (now.waiting() > 0) {
            carrier.carryOutWaiting();
        }
        return now;
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = EVIDENCE)
    public Page<EvidenceRow> evidence(EvidenceFilter filter, int first, int pageSize) {
        return evidenceRows(filter, Math.max(0, first), Math.max(1, Math.min(pageSize, PAGE_MAX)));
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = EVIDENCE)
    public byte[] destructionReport(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new RequestRefused("The period must end on or after its first day.");
        }
        Page<EvidenceRow> rows = evidenceRows(new EvidenceFilter(null, from, to), 0, REPORT_MAX);
        if (rows.total() > REPORT_MAX) {
            throw new RequestRefused("More than " + REPORT_MAX + " decisions were made in this period: choose a"
                    + " shorter one.");
        }
        return DestructionReportPdf.render(from, to, rows.rows(), caller.getName(), calendar.now());
    }

    private Page<EvidenceRow> evidenceRows(EvidenceFilter filter, int first, int pageSize) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from prot_retention_decision d join prot_retention_item i"
                + " on i.id = d.item_id where (d.carried_out_at is not null or d.action = 'EXTEND'"
                + " or d.failure is not null)");
        scoped(where, parameters, "i.context");
        if (filter.context() != null && !filter.context().isBlank()) {
            where.append(" and i.context = ?");
            parameters.add(filter.context());
        }
        if (filter.from() != null) {
            where.append(" and d.decided_at >= ?");
            parameters.add(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.append(" and d.decided_at < ?");
            parameters.add(filter.to().plusDays(1).atStartOfDay());
        }
        Query rows = em.createNativeQuery("select d.id, d.item_id, i.context, i.rule_key, i.record_type, d.action,"
                + " d.extension_reason, d.note, d.extended_until, d.schedule_version, d.decided_by, d.decided_at,"
                + " d.carried_out_at, d.records, d.kept, d.failure, d.record_set_sha256" + where
                + " order by d.decided_at desc, d.id desc limit ? offset ?");
        Query count = em.createNativeQuery(Page.countUpToMax(where.toString()));
        List<Object[]> found = page(rows, count, parameters, first, pageSize);
        Map<String, Optional<RetentionRule>> rules = new HashMap<>();
        List<EvidenceRow> page = found.stream().map(row -> {
            Optional<RetentionRule> rule = rules.computeIfAbsent((String) row[3], holders::retentionRule);
            return new EvidenceRow(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    DataContext.labelOf((String) row[2]), rule.map(RetentionRule::label).orElse(UNDECLARED),
                    action((String) row[5], (String) row[6], (String) row[7], day(row[8])),
                    ((Number) row[9]).intValue(), (String) row[10], Dates.text(time(row[11])),
                    Dates.text(time(row[12])), row[13] == null ? null : ((Number) row[13]).intValue(),
                    (String) row[14], outcome(row), row[16] == null ? null : row[16].toString().trim());
        }).toList();
        return Page.countedUpToMax(page, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Binds the filter's parameters to the page's query and to its count, then the page, and reads the page's
     * rows.
     */
    private static List<Object[]> page(Query rows, Query count, List<Object> parameters, int first, int pageSize) {
        int position = 1;
        for (Object parameter : parameters) {
            rows.setParameter(position, parameter);
            count.setParameter(position++, parameter);
        }
        rows.setParameter(position++, pageSize).setParameter(position, first);
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        return found;
    }

    /** Only the contexts the caller reviews (HR: the HR contexts, when the configuration lets HR review). */
    private void scoped(StringBuilder where, List<Object> parameters, String column) {
        List<String> mine = scope.contexts();
        if (mine != null) {
            where.append(" and ").append(column).append(" in (")
                    .append(mine.stream().map(any -> "?").collect(Collectors.joining(", "))).append(')');
            parameters.addAll(mine);
        }
    }

    private static String stateText(ItemState state, String decision, LocalDate extendedUntil) {
        return switch (state) {
            case EXTENDED -> "Kept until " + Dates.day(extendedUntil);
            case DECIDED -> "Decided (" + RetentionAction.valueOf(decision).label().toLowerCase(Locale.ROOT)
                    + "), being carried out";
            case DONE -> decision == null ? "Done" : "Done: " + RetentionAction.valueOf(decision).label()
                    .toLowerCase(Locale.ROOT);
            default -> state.label();
        };
    }

    private static String action(String action, String reason, String note, LocalDate until) {
        if (!"EXTEND".equals(action)) {
            return RetentionAction.valueOf(action).label();
        }
        return "Kept until " + Dates.day(until) + ": " + ExtensionReason.valueOf(reason).label()
                + (note == null ? "" : " (" + note + ")");
    }

    private static String outcome(Object[] row) {
        if (row[15] != null) {
            return "Failed: " + row[15];
        }
        if ("EXTEND".equals(row[5])) {
            return "Extended";
        }
        return row[12] == null ? "Waiting to be carried out" : "Carried out";
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
