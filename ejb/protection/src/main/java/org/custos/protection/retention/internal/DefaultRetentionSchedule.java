package org.custos.protection.retention.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.HypotheticalPeriods;
import org.custos.protection.retention.api.RetentionSchedule;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.retention.api.ScheduleVersion;
import org.custos.protection.retention.api.Simulation;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
public class DefaultRetentionSchedule implements RetentionSchedule {

    private static final String RECORD = "RetentionSchedule";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @AuditExempt("reads no personal data: the rules the contexts declare and the periods set for them")
    public List<ScheduleRule> rules() {
        return holders.retentionRules().stream().map(rule -> ScheduleRules.line(rule, calendar.retentionPeriod(rule)))
                .toList();
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @AuditExempt("reads no personal data: which period changed when, by which account, as the settings keep it")
    public List<ScheduleVersion> versions() {
        Function<String, RetentionRule> rules = declared();
        List<ScheduleVersion> versions = new ArrayList<>();
        for (Object found : em.createNativeQuery("select number, changed_at, changed_by, setting_key, old_value,"
                + " new_value from prot_retention_schedule_version order by number desc").getResultList()) {
            Object[] row = (Object[]) found;
            int number = ((Number) row[0]).intValue();
            String key = (String) row[3];
            RetentionRule rule = key == null ? null : rules.apply(key);
            String change = key == null ? "The policy's default periods"
                    : (rule == null ? "A rule no longer in the schedule" : rule.label()) + ": from "
                            + ScheduleRules.words((String) row[4], rule) + " to "
                            + ScheduleRules.words((String) row[5], rule);
            versions.add(new ScheduleVersion(number, localDateTime(row[1]), (String) row[2], change));
        }
        return versions;
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public byte[] csv() {
        return ScheduleCsv.of(rules());
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public byte[] pdf() {
        return SchedulePdf.render(rules(), versions(), caller.getName(), calendar.now());
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.SEARCH, record = "RetentionItem")
    public Simulation simulate(LocalDate from, LocalDate to, Map<String, String> overrides) {
        Function<String, RetentionRule> rules = declared();
        SimulationRequest request = SimulationRequest.of(from, to, overrides, rules);
        List<RetentionItem> due = HypotheticalPeriods.during(request.periods(), () -> holders.sorted().stream()
                .flatMap(holder -> holder.dueForReview(to).stream()).toList());
        return new DueTally(rules).tally(from, to, due, request.inWords());
    }

    private Function<String, RetentionRule> declared() {
        List<RetentionRule> declared = holders.retentionRules();
        return key -> declared.stream().filter(rule -> rule.key().equals(key)).findFirst().orElse(null);
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
