package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.custos.protection.breaches.api.ReportCountdown;
import org.custos.protection.calendar.internal.BankHolidays;
import org.custos.protection.calendar.internal.CalendarPeriods;
import org.custos.protection.calendar.internal.UkComplianceCalendar;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** X5: the report to the ICO is due 72 hours (the calendar's setting) after becoming aware. */
class BreachLatenessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK =
            Clock.fixed(ZonedDateTime.of(2025, 10, 10, 12, 0, 0, 0, LONDON).toInstant(), LONDON);
    private final UkComplianceCalendar calendar = new UkComplianceCalendar(CLOCK, BankHolidays.englandAndWales2020To2030(),
            CalendarPeriods.defaults());

    private BreachLateness awareAt(Instant awareAt) {
        return new BreachLateness(calendar.breachReportDeadline(awareAt), calendar::localTime);
    }

    /** The instant of a London wall-clock time in 2025. */
    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, LONDON).toInstant();
    }

    private static LocalDateTime local(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute);
    }

    @Test
    void aReportExactlyAtTheDeadlineIsOnTimeAndAMinuteLaterIsLate_X5() {
        BreachLateness lateness = awareAt(at(10, 6, 9, 15));
        assertEquals(at(10, 9, 9, 15), lateness.deadline());
        assertEquals(local(10, 9, 9, 15), lateness.localDeadline());
        assertFalse(lateness.isLate(at(10, 9, 9, 15)));
        assertTrue(lateness.isLate(at(10, 9, 9, 16)));
    }

    @Test
    void aLateReportWithoutAReasonIsRefusedAndWithOneAccepted_X5() {
        BreachLateness lateness = awareAt(at(10, 6, 9, 15));
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> lateness.checkReport(at(10, 9, 10, 0), " "));
        assertEquals("The report to the ICO was made after the deadline of 9 October 2025 09:15: give the reason it "
                + "was late.", refused.getMessage());
        lateness.checkReport(at(10, 9, 10, 0), "The ICO's line was down all morning");
        lateness.checkReport(at(10, 9, 9, 15), null);
    }

    @Test
    void acrossTheStartOfBstTheDeadlineIs72ElapsedHoursAnHourLaterOnTheWallClock_X5() {
        // Clocks go forward at 01:00 on Sunday 30 March 2025, the last Sunday of March.
        BreachLateness lateness = awareAt(at(3, 29, 10, 0));
        assertEquals(local(4, 1, 11, 0), lateness.localDeadline());
        assertFalse(lateness.isLate(at(4, 1, 11, 0)));
        assertTrue(lateness.isLate(at(4, 1, 11, 1)));
        ReportCountdown justAware = lateness.countdown(at(3, 29, 10, 0));
        assertEquals(72, justAware.hoursLeft());
        assertEquals(0, justAware.minutesLeft());
        assertEquals(local(4, 1, 11, 0), justAware.deadline());
    }

    @Test
    void acrossTheEndOfBstTheDeadlineIs72ElapsedHoursAnHourEarlierOnTheWallClock_X5() {
        // Clocks go back at 02:00 on Sunday 26 October 2025, the last Sunday of October.
        BreachLateness lateness = awareAt(at(10, 25, 12, 0));
        assertEquals(local(10, 28, 11, 0), lateness.localDeadline());
        assertTrue(lateness.isLate(at(10, 28, 11, 1)), "a report at 11:01 London time is late");
        assertEquals(72, lateness.countdown(at(10, 25, 12, 0)).hoursLeft());
        ReportCountdown lastHour = lateness.countdown(at(10, 28, 10, 0));
        assertEquals(1, lastHour.hoursLeft());
        assertEquals("overdue by 0 h 30 min", lateness.countdown(at(10, 28, 11, 30)).text());
    }

    @Test
    void theCountdownSaysWhenLessThanADayIsLeftAndWhenOverdue_X5() {
        BreachLateness lateness = awareAt(at(10, 6, 9, 15));
        ReportCountdown dayLeft = lateness.countdown(at(10, 8, 9, 15));
        assertEquals(24, dayLeft.hoursLeft());
        assertFalse(dayLeft.dueWithin24Hours());
        ReportCountdown soon = lateness.countdown(at(10, 8, 9, 20));
        assertEquals("23 h 55 min left", soon.text());
        assertTrue(soon.dueWithin24Hours());
        assertFalse(soon.overdue());
        ReportCountdown atDeadline = lateness.countdown(at(10, 9, 9, 15));
        assertFalse(atDeadline.overdue());
        ReportCountdown overdue = lateness.countdown(at(10, 9, 11, 45));
        assertTrue(overdue.overdue());
        assertFalse(overdue.dueWithin24Hours());
        assertEquals("overdue by 2 h 30 min", overdue.text());
    }
}
