package org.custos.protection.retention.internal;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.AccuracyReview;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;

/**
 * Test only: a retention rule and due records the register declares while a test {@linkplain #switchOn switches
 * them on}, because the holders deployed with protection declare no rule of their own. Switched off (always, unless
 * a test holds the switch) every holder answers exactly as it does without it, so the other tests of the module,
 * which deploy this class too, see nothing. The records are people's ids with the day of the event the rule's
 * clock counts from; a record is due once the rule's period ({@link ComplianceCalendar#retentionPeriod}) has passed.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class ScheduleTestRecords implements PersonalDataHolder {

    /** The rule, a record group of the register, kept 6 years from the event and summarised at its end. */
    public static final RetentionRule RULE = new RetentionRule(DataContext.REGISTER, "retention.test-schedule-records",
            "R1", "Test schedule records", "Test event took place", Period.ofYears(6), Disposal.SUMMARISE);

    /** A test record: the person and the day of the event. */
    public record Event(long subjectId, LocalDate on) {
    }

    private static volatile List<Event> events;

    @Inject
    @Delegate
    @Any
    PersonalDataHolder holder;

    @Inject
    ComplianceCalendar calendar;

    /** The rule and these records join the register until {@link #switchOff()}. */
    public static void switchOn(List<Event> recorded) {
        events = List.copyOf(recorded);
    }

    public static void switchOff() {
        events = null;
    }

    private boolean on() {
        return events != null && holder.context() == DataContext.REGISTER;
    }

    @Override
    public DataContext context() {
        return holder.context();
    }

    @Override
    public List<RetentionRule> retentionRules() {
        if (!on()) {
            return holder.retentionRules();
        }
        List<RetentionRule> rules = new ArrayList<>(holder.retentionRules());
        rules.add(RULE);
        return rules;
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        List<Event> recorded = events;
        if (!on() || recorded == null) {
            return holder.dueForReview(asOf);
        }
        List<RetentionItem> due = new ArrayList<>(holder.dueForReview(asOf));
        Period period = calendar.retentionPeriod(RULE);
        for (int i = 0; i < recorded.size(); i++) {
            Event event = recorded.get(i);
            LocalDate dueOn = event.on().plus(period);
            if (!dueOn.isAfter(asOf)) {
                due.add(new RetentionItem(DataContext.REGISTER.key(), "test-record", Integer.toString(i),
                        event.subjectId(), dueOn, RULE.key(), RULE.reason(event.on())));
            }
        }
        return due;
    }

    @Override
    public List<AccuracyReview> accuracyReviews() {
        return holder.accuracyReviews();
    }

    @Override
    public HeldData heldData() {
        return holder.heldData();
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        return holder.export(subjectId);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        return holder.erase(subjectId);
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return holder.correctable(subjectId);
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return holder.rectify(subjectId, corrections);
    }

    @Override
    public void restrict(long subjectId, boolean restricted) {
        holder.restrict(subjectId, restricted);
    }

    @Override
    public ErasureOutcome destroyDue(RetentionItem item) {
        return holder.destroyDue(item);
    }

    @Override
    public ErasureOutcome dispose(RetentionItem item, Disposal disposal) {
        return holder.dispose(item, disposal);
    }

    @Override
    public Map<Long, List<String>> openCasesConcerning(Collection<Long> subjectIds) {
        return holder.openCasesConcerning(subjectIds);
    }
}
