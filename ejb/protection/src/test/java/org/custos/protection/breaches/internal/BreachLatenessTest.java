package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
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

    private BreachLateness awareAt(LocalDateTime awareAt) {
        return new BreachLateness(calendar.breachReportDeadline(awareAt), LONDON);
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute);
    }

    @Test
    void aReportExactlyAtTheDeadlineIsOnTimeAndAMinuteLaterIsLate_X5() {
        BreachLateness lateness = awareAt(at(10, 6, 9, 15));
        assertEquals(at(10, 9, 9, 15), lateness.deadline());
        assertFalse(lateness.isLate(at(10, 9, 9, 15)));
        assertTrue(lateness.isLate(at(10, 9, 9, 16)));
    }

    @Test
    void aLateReportWithoutAReasonIsRefusedAndWithOneAccepted_X5() {
        BreachLateness lateness = awareAt(at(10, 6, 9, 15));
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> lateness.checkReport(at(10, 9, 10, 0), " "));
        assertEquals("The report to the ICO was made after the deadline of 9 Oct 2025 09:15: give the reason it "
                + "was late (X5).", refused.getMessage());
        lateness.checkReport(at(10, 9, 10, 0), "The ICO's line was down all morning");
        lateness.checkReport(at(10, 9, 9, 15), null);
    }

    @Test
    void acrossTheSpringChangeTheDeadlineIs72WallClockHoursAnd71Elapsed_X5() {
        // Clocks go forward at 01:00 on Sunday 30 March 2025.
        BreachLateness lateness = awareAt(at(3, 29, 10, 0));
        assertEquals(at(4, 1, 10, 0), lateness.deadline());
        assertFalse(lateness.isLate(at(4, 1, 10, 0)));
        assertTrue(lateness.isLate(at(4, 1, 10, 1)));
        ReportCountdown justAware = lateness.countdown(at(3, 29, 10, 0));
        assertEquals(71, justAware.hoursLeft());
        assertEquals(0, justAware.minutesLeft());
    }

    @Test
    void acrossTheAutumnChangeThereAre73ElapsedHours_X5() {
        // Clocks go back at 02:00 on Sunday 26 October 2025.
        BreachLateness lateness = awareAt(at(10, 25, 12, 0));
        assertEquals(at(10, 28, 12, 0), lateness.deadline());
        assertEquals(73, lateness.countdown(at(10, 25, 12, 0)).hoursLeft());
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
