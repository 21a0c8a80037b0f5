package org.custos.protection.calendar.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.custos.domain.protection.BankHoliday;
import org.custos.domain.protection.Setting;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.HypotheticalPeriods;
import org.custos.protection.calendar.api.ReminderLeadTimes;
import org.custos.protection.calendar.api.RequestDeadlines;
import org.custos.protection.spi.AccuracyReview;
import org.custos.protection.spi.RetentionRule;

/**
 * The compliance calendar with the application clock, the shipped bank holidays and those the DPM added
 * ({@link DefaultBankHolidayCalendar}), and the periods as set by the
 * DPM ({@link PeriodSetting}: {@code prot_setting} rows override the defaults of {@link CalendarPeriods}).
 */
@ApplicationScoped
public class DefaultComplianceCalendar implements ComplianceCalendar {

    private final BankHolidays shipped = BankHolidays.englandAndWales2020To2030();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    private UkComplianceCalendar calendar() {
        return new UkComplianceCalendar(clock, holidays(), new CalendarPeriods(
                (Period) value(PeriodSetting.REQUEST_RESPONSE), (Period) value(PeriodSetting.REQUEST_EXTENDED),
                (Duration) value(PeriodSetting.BREACH_REPORT), (Period) value(PeriodSetting.INDIRECT_NOTICE),
                (Period) value(PeriodSetting.APPROVAL_ENDING_NOTICE)));
    }

    /** The shipped bank holidays. */
    public BankHolidays shipped() {
        return shipped;
    }

    /** The shipped bank holidays and those the DPM added. */
    public BankHolidays holidays() {
        return shipped.with(em.createQuery("select h from BankHoliday h", BankHoliday.class).getResultStream()
                .collect(Collectors.toMap(BankHoliday::day, BankHoliday::name)));
    }

    private Object value(PeriodSetting setting) {
        Setting changed = em.find(Setting.class, setting.key());
        return setting.parse(changed == null ? null : changed.value());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    @Override
    public Instant instantNow() {
        return clock.instant();
    }

    @Override
    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    @Override
    public Instant instant(LocalDateTime localTime) {
        return localTime.atZone(clock.getZone()).toInstant();
    }

    @Override
    public LocalDate requestDueDate(LocalDate received) {
        return calendar().requestDueDate(received);
    }

    @Override
    public LocalDate extendedDueDate(LocalDate received) {
        return calendar().extendedDueDate(received);
    }

    @Override
    public RequestDeadlines requestDeadlines() {
        UkComplianceCalendar now = calendar();
        return new RequestDeadlines(now::requestDueDate, now::extendedDueDate, now::daysLeft, now.today());
    }

    @Override
    public Instant breachReportDeadline(Instant awareAt) {
        return calendar().breachReportDeadline(awareAt);
    }

    @Override
    public LocalDate indirectNoticeDeadline(LocalDate obtained) {
        return calendar().indirectNoticeDeadline(obtained);
    }

    @Override
    public LocalDate indirectNoticeDeadline(LocalDate obtained, LocalDate firstContactOrDisclosure) {
        return calendar().indirectNoticeDeadline(obtained, firstContactOrDisclosure);
    }

    @Override
    public LocalDate noticeDue(LocalDate obtained, boolean fromPerson, LocalDate firstContactOrDisclosure) {
        return calendar().noticeDue(obtained, fromPerson, firstContactOrDisclosure);
    }

    @Override
    public LocalDate approvalsEndingBy() {
        return calendar().approvalsEndingBy();
    }

    @Override
    public LocalDate staffExpiriesBy() {
        return today().plus((Period) value(PeriodSetting.STAFF_EXPIRY_NOTICE));
    }

    @Override
    public Period complaintAcknowledgementPeriod() {
        return (Period) value(PeriodSetting.COMPLAINT_ACKNOWLEDGEMENT);
    }

    @Override
    public LocalDate dpiaReviewDate(LocalDate signedOff) {
        return signedOff.plus((Period) value(PeriodSetting.DPIA_REVIEW));
    }

    @Override
    public Period legalRiskExtension() {
        return (Period) value(PeriodSetting.LEGAL_RISK_EXTENSION);
    }

    @Override
    public int anonymityGroupSize() {
        return (Integer) value(PeriodSetting.ANONYMITY_GROUP_SIZE);
    }

    @Override
    public Period retentionPeriod(RetentionRule rule) {
        return HypotheticalPeriods.of(rule.key()).orElseGet(() -> (Period) value(PeriodSetting.of(rule)));
    }

    @Override
    public Period reviewInterval(AccuracyReview review) {
        return (Period) value(PeriodSetting.of(review));
    }

    @Override
    public ReminderLeadTimes reminderLeadTimes() {
        return new ReminderLeadTimes((Period) value(PeriodSetting.REMIND_REQUESTS_DUE),
                (Duration) value(PeriodSetting.REMIND_BREACH_REPORTS),
                (Period) value(PeriodSetting.REMIND_APPROVALS_ENDING),
                (Period) value(PeriodSetting.REMIND_EXTENSION_NOTICES));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public Predicate<LocalDate> workingDays() {
        UkComplianceCalendar now = calendar();
        return now::isWorkingDay;
    }

    @Override
    public long daysLeft(LocalDate due) {
        return calendar().daysLeft(due);
    }
}
