package org.custos.protection.calendar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.function.Predicate;
import org.custos.protection.spi.AccuracyReview;
import org.custos.protection.spi.RetentionRule;

/**
 * Every deadline Custos shows comes from here (DESIGN §7), in the organisation's local time (Europe/London),
 * with the periods the DPM has set and the England-and-Wales bank holidays.
 */
public interface ComplianceCalendar {

    LocalDate today();

    /** The organisation's local date and time now. */
    LocalDateTime now();

    /** This moment, for the times kept as instants. */
    Instant instantNow();

    /** The organisation's local time at {@code instant}, as the DPM reads it. */
    LocalDateTime localTime(Instant instant);

    /**
     * The instant of a local time as the DPM types it; a time in the hour the autumn change repeats is taken as
     * the earlier, summer one, and a time the spring change skips moves on by the hour.
     */
    Instant instant(LocalDateTime localTime);

    /** D2: one calendar month from the day of receipt, moved to the next working day. */
    LocalDate requestDueDate(LocalDate received);

    /** D2: the due date when extended by two further months. */
    LocalDate extendedDueDate(LocalDate received);

    /** D2: the request deadlines with the periods and bank holidays as they are now, read once for a list. */
    RequestDeadlines requestDeadlines();

    /** X5: 72 elapsed hours from becoming aware of a breach (across a clock change, 71 or 73 on the wall clock). */
    Instant breachReportDeadline(Instant awareAt);

    /** N2: one month from obtaining data not collected from the person. */
    LocalDate indirectNoticeDeadline(LocalDate obtained);

    /**
     * N2: one month from obtaining data not collected from the person, or the day of the first communication with
     * them or first disclosure of the data if that is sooner ({@code firstContactOrDisclosure} null: none yet).
     */
    LocalDate indirectNoticeDeadline(LocalDate obtained, LocalDate firstContactOrDisclosure);

    /**
     * N2: the day a privacy notice is due: at collection ({@code obtained}) when the data came from the person;
     * otherwise as {@link #indirectNoticeDeadline(LocalDate, LocalDate)}.
     */
    LocalDate noticeDue(LocalDate obtained, boolean fromPerson, LocalDate firstContactOrDisclosure);

    /** L4: the DPM is shown today the approvals that end on or before this date. */
    LocalDate approvalsEndingBy();

    /** T1: HR is shown today the right-to-work permissions and security clearances that end on or before this date. */
    LocalDate staffExpiriesBy();

    /**
     * P1: the time to acknowledge a complaint, as the DPM has set it (30 days by default), counted from the day after
     * receipt; the complaints context moves a weekend or bank-holiday end to the next working day
     * ({@link #isWorkingDay}).
     */
    Period complaintAcknowledgementPeriod();

    /** Art 35(11): the day a DPIA signed off on {@code signedOff} is reviewed, with the period the DPM has set. */
    LocalDate dpiaReviewDate(LocalDate signedOff);

    /** R6: the longest a reviewer may keep records past their retention date for legal risk, as it is set. */
    Period legalRiskExtension();

    /**
     * R7: the fewest people an anonymised group of records may hold (k, 5 by default), as it is set; a record whose
     * group would be smaller is destroyed instead ({@link org.custos.domain.shared.Anonymity}).
     */
    int anonymityGroupSize();

    /** R1-R5: how long records are kept under the rule, as the DPM has set it. */
    Period retentionPeriod(RetentionRule rule);

    /** A1: how often the group of records is checked with the person, as it is set. */
    Period reviewInterval(AccuracyReview review);

    /** How far ahead the daily email reminders look, as the DPM has set it. */
    ReminderLeadTimes reminderLeadTimes();

    boolean isWorkingDay(LocalDate date);

    /**
     * The working days (no weekend, no England-and-Wales bank holiday) with the bank holidays as they are now, read
     * once, so that a list works out every row's working-day deadline without reading them again.
     */
    Predicate<LocalDate> workingDays();

    /** Days from today to {@code due}; negative when overdue. */
    long daysLeft(LocalDate due);
}
