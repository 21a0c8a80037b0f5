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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * Test only: the register's holder standing in for a record context, because the holders deployed with protection
 * (the register and security) declare no retention rule and report nothing due. A test can make the register
 * declare a rule with dated records ({@link #switchOn}: people's ids with the day the rule's clock counts from,
 * due once the rule's period has passed, {@link ComplianceCalendar#retentionPeriod}), report items due
 * ({@link #reports}), fail when asked ({@link #failsWith}) or wait when asked until the test lets it go on
 * ({@link #waitsWhenAsked}). Left alone, every holder answers exactly as it does without it, so the other tests of
 * the module, which deploy this class too, see nothing; each test that changes it calls {@link #reset} after.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class RegisterStandIn implements PersonalDataHolder {

    /** The rule, a record group of the register, kept 6 years from the event and summarised at its end. */
    public static final RetentionRule RULE = new RetentionRule(DataContext.REGISTER, "retention.test-schedule-records",
            "R1", "Test schedule records", "Test event took place", Period.ofYears(6), Disposal.SUMMARISE);

    /** A test record: the person and the day of the event. */
    public record Event(long subjectId, LocalDate on) {
    }

    private static volatile List<Event> events;
    private static volatile List<RetentionItem> reported = List.of();
    private static volatile String failure;
    private static volatile CountDownLatch gate = new CountDownLatch(0);
    private static volatile CountDownLatch asked = new CountDownLatch(0);

    @Inject
    @Delegate
    @Any
    PersonalDataHolder holder;

    @Inject
    ComplianceCalendar calendar;

    /** The rule and these records join the register until {@link #reset()}. */
    public static void switchOn(List<Event> recorded) {
        events = List.copyOf(recorded);
    }

    /** The register reports these items due besides its own, until {@link #reset()}. */
    public static void reports(List<RetentionItem> items) {
        reported = List.copyOf(items);
    }

    /** The register fails when asked what is due, with this message, until {@link #reset()}. */
    public static void failsWith(String message) {
        failure = message;
    }

    /** The register waits when asked what is due until {@link #open} (a run that goes on while a test acts). */
    public static void waitsWhenAsked() {
        gate = new CountDownLatch(1);
        asked = new CountDownLatch(1);
    }

    /** Waits until a run has asked the register (and waits itself). */
    public static boolean awaitAsked() throws InterruptedException {
        return asked.await(30, TimeUnit.SECONDS);
    }

    public static void open() {
        gate.countDown();
    }

    /** Back to answering as the register does. */
    public static void reset() {
        events = null;
        reported = List.of();
        failure = null;
        open();
    }

    private boolean register() {
        return holder.context() == DataContext.REGISTER;
    }

    private boolean on() {
        return events != null && register();
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
        if (!register()) {
            return holder.dueForReview(asOf);
        }
        asked.countDown();
        awaitGate();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        List<RetentionItem> due = new ArrayList<>(holder.dueForReview(asOf));
        due.addAll(reported);
        List<Event> recorded = events;
        if (recorded == null) {
            return due;
        }
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

    private static void awaitGate() {
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the run go on.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
