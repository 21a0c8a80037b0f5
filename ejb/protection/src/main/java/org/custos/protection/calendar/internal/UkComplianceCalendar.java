package org.custos.protection.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The UK compliance calendar: deadlines for rights requests (D2), breach
 * reports (X5) and indirect privacy notices (N2), with England-and-Wales
 * working days.
 *
 * <p>The calendar works in the clock's zone, which should be
 * {@code Europe/London}: every date and date-time here is a local one there.
 * The breach deadline is the exception: it counts elapsed hours between
 * instants, so across a BST/GMT change its wall-clock time moves by the hour.
 */
public final class UkComplianceCalendar {

    private final Clock clock;
    private final BankHolidays holidays;
    private final CalendarPeriods periods;

    public UkComplianceCalendar(Clock clock, BankHolidays holidays, CalendarPeriods periods) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.periods = Objects.requireNonNull(periods, "periods");
    }

    /** Today's date in the clock's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The local time in the clock's zone at {@code instant}. */
    public LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    /**
     * The instant of a local time in the clock's zone: in the hour an autumn
     * change repeats, the earlier; in the hour a spring change skips, an hour
     * later (java.time's rule for a zone's overlaps and gaps).
     */
    public Instant instant(LocalDateTime localTime) {
        return localTime.atZone(clock.getZone()).toInstant();
    }

    /**
     * D2: one calendar month from the day of receipt (the same date next
     * month, or that month's last day when there is none), moved to the next
     * working day when it falls on a weekend or bank holiday.
     */
    public LocalDate requestDueDate(LocalDate received) {
        return nextWorkingDayOnOrAfter(received.plus(periods.requestResponse()));
    }

    /**
     * D2: the deadline when extended by two further months (three months from
     * receipt by default), moved to the next working day like
     * {@link #requestDueDate}.
     */
    public LocalDate extendedDueDate(LocalDate received) {
        return nextWorkingDayOnOrAfter(received.plus(periods.requestExtended()));
    }

    /**
     * D2: the subject must be told of an extension, with reasons, within the
     * first month, so the last day to extend is the ordinary due date.
     */
    public LocalDate lastDayToExtend(LocalDate received) {
        return requestDueDate(received);
    }

    /**
     * X5: report a breach to the ICO within 72 hours of becoming aware:
     * elapsed hours, weekends and bank holidays included.
     */
    public Instant breachReportDeadline(Instant awareAt) {
        return awareAt.plus(periods.breachReport());
    }

    /**
     * N2: when the data did not come from the subject, the notice is due at the
     * latest one month after it was obtained (month arithmetic, no working-day
     * adjustment).
     */
    public LocalDate indirectNoticeDeadline(LocalDate obtained) {
        return obtained.plus(periods.indirectNotice());
    }

    /**
     * N2: as {@link #indirectNoticeDeadline(LocalDate)}, or the day of the first
     * communication with the person or first disclosure of the data, if that
     * is sooner (none yet: null).
     */
    public LocalDate indirectNoticeDeadline(LocalDate obtained, LocalDate firstContactOrDisclosure) {
        LocalDate latest = indirectNoticeDeadline(obtained);
        return firstContactOrDisclosure != null && firstContactOrDisclosure.isBefore(latest)
                ? firstContactOrDisclosure : latest;
    }

    /**
     * N2: the notice is due at collection when the data came from the person ({@code obtained} is the day it was
     * collected); otherwise as {@link #indirectNoticeDeadline(LocalDate, LocalDate)}.
     */
    public LocalDate noticeDue(LocalDate obtained, boolean fromPerson, LocalDate firstContactOrDisclosure) {
        return fromPerson ? obtained : indirectNoticeDeadline(obtained, firstContactOrDisclosure);
    }

    /** L4: the DPM is shown today the approvals that end on or before this date. */
    public LocalDate approvalsEndingBy() {
        return today().plus(periods.approvalEndingNotice());
    }

    /** Monday to Friday and not an England-and-Wales bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The date itself when a working day, otherwise the next working day. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Calendar days from today to {@code due}: 0 on the day, negative when overdue. */
    public long daysLeft(LocalDate due) {
        return ChronoUnit.DAYS.between(today(), due);
    }
}
