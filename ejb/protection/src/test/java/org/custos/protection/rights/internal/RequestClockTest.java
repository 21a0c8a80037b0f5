package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.ClockStop;
import org.custos.protection.calendar.internal.BankHolidays;
import org.custos.protection.calendar.internal.CalendarPeriods;
import org.custos.protection.calendar.internal.UkComplianceCalendar;
import org.junit.jupiter.api.Test;

/**
 * D2 as the UK has it since the Data (Use and Access) Act 2025 and the ICO's right-of-access guidance of
 * 8 December 2025: asking for identity, a representative's authority or a fee restarts the month from the day it
 * arrives; asking for clarification pauses it. Every expected date was checked against a calendar (weekday and
 * England-and-Wales bank holiday).
 */
class RequestClockTest {

    private static final UkComplianceCalendar CALENDAR = new UkComplianceCalendar(
            Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                    ZoneId.of("Europe/London")),
            BankHolidays.englandAndWales2020To2030(), CalendarPeriods.defaults());
    private static final RequestClock CLOCK = new RequestClock(CALENDAR::requestDueDate, CALENDAR::extendedDueDate);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 10);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static RequestClock.Stop stop(ClockStop reason, LocalDate stoppedOn, LocalDate resumedOn) {
        return new RequestClock.Stop(reason, stoppedOn, resumedOn);
    }

    private static RequestClock.Deadlines deadlines(LocalDate received, RequestClock.Stop... stops) {
        return CLOCK.deadlines(received, List.of(stops), false, null, received.plusMonths(1));
    }

    @Test
    void aRequestReceivedOnABankHolidayCountsFromThatDay_IcoExample_D2() {
        // 1 January 2027 is a Friday and a bank holiday; 1 February 2027 a Monday.
        assertEquals(LocalDate.of(2027, 2, 1), deadlines(LocalDate.of(2027, 1, 1)).due());
    }

    @Test
    void aDueDateOnChristmasMovesPastBoxingDayToTheNextWorkingDay_IcoExample_D2() {
        // Monday 25 November 2024: 25 and 26 December are bank holidays, so Friday 27 December.
        assertEquals(LocalDate.of(2024, 12, 27), deadlines(LocalDate.of(2024, 11, 25)).due());
    }

    @Test
    void aRequestReceivedOn31JanuaryIsDueOnTheLastDayOfFebruaryOrTheMondayAfter_IcoExample_D2() {
        assertEquals(LocalDate.of(2028, 2, 29), deadlines(LocalDate.of(2028, 1, 31)).due(), "a leap year");
        assertEquals(LocalDate.of(2027, 3, 1), deadlines(LocalDate.of(2027, 1, 31)).due(),
                "28 February 2027 is a Sunday");
    }

    @Test
    void identityArrivingOn30MarchRestartsTheMonthFromThatDayAndTheReceiptIsKept_D2() {
        RequestClock.Deadlines deadlines = deadlines(d(1, 31), stop(ClockStop.IDENTITY, d(2, 2), d(3, 30)));
        assertEquals(d(4, 30), deadlines.due(), "one month from 30 March, not from 31 January");
        assertEquals(d(3, 30), deadlines.countsFrom());
        assertEquals(d(3, 30), deadlines.restartedOn());
        assertEquals(d(3, 2), deadlines.originalDue(), "due at receipt: 28 February 2026 is a Saturday");
        assertEquals(0, deadlines.pausedDays());
    }

    @Test
    void aRepresentativesAuthorityAndAFeeRestartTheMonthLikeIdentity_D2() {
        assertEquals(d(4, 30), deadlines(d(1, 31), stop(ClockStop.AUTHORITY, d(2, 2), d(3, 30))).due());
        assertEquals(d(4, 30), deadlines(d(1, 31), stop(ClockStop.FEE, d(2, 2), d(3, 30))).due());
    }

    @Test
    void aClarificationPauseAcrossTheEndOfFebruaryKeepsTheDaysAlreadyPassed_D2() {
        // Received 20 February; asked 25 February, answered 3 March: six days paused (February has 28).
        RequestClock.Deadlines deadlines = deadlines(d(2, 20), stop(ClockStop.CLARIFICATION, d(2, 25), d(3, 3)));
        assertEquals(6, deadlines.pausedDays());
        assertEquals(d(2, 20), deadlines.countsFrom(), "a pause does not restart the month");
        assertNull(deadlines.restartedOn());
        assertEquals(d(3, 26), deadlines.due(), "20 March and six days");
        assertEquals(d(3, 20), deadlines.originalDue());
    }

    @Test
    void theSameWaitForIdentityRestartsTheMonthInsteadOfPausingIt_D2() {
        RequestClock.Deadlines deadlines = deadlines(d(2, 20), stop(ClockStop.IDENTITY, d(2, 25), d(3, 3)));
        assertEquals(d(4, 7), deadlines.due(), "3 April 2026 is Good Friday, 6 April Easter Monday");
    }

    @Test
    void aPauseAfterTheLastDayOfJanuaryMovesTheLastDayOfFebruary_D2() {
        RequestClock.Deadlines deadlines = deadlines(d(1, 31), stop(ClockStop.CLARIFICATION, d(2, 2), d(2, 5)));
        assertEquals(d(3, 3), deadlines.due(), "from 3 February, three days paused");
    }

    @Test
    void aRestartLeavesBehindThePausesBeforeIt_D2() {
        RequestClock.Deadlines deadlines = deadlines(RECEIVED, stop(ClockStop.CLARIFICATION, d(3, 11), d(3, 14)),
                stop(ClockStop.FEE, d(3, 20), d(3, 25)));
        assertEquals(0, deadlines.pausedDays());
        assertEquals(d(4, 27), deadlines.due(), "25 April 2026 is a Saturday");
    }

    @Test
    void aPauseAfterARestartCountsFromTheRestart_D2() {
        RequestClock.Deadlines deadlines = deadlines(RECEIVED, stop(ClockStop.IDENTITY, d(3, 11), d(3, 20)),
                stop(ClockStop.CLARIFICATION, d(3, 22), d(3, 24)));
        assertEquals(d(3, 20), deadlines.countsFrom());
        assertEquals(2, deadlines.pausedDays());
        assertEquals(d(4, 22), deadlines.due());
        assertEquals(d(4, 10), deadlines.originalDue());
    }

    @Test
    void whileStoppedThereIsNoDueDateAndTheStopSaysWhatItWaitsFor_D2() {
        RequestClock.Deadlines deadlines = deadlines(RECEIVED, stop(ClockStop.CLARIFICATION, d(3, 12), null));
        assertNull(deadlines.due());
        assertNull(deadlines.firstMonthDue());
        assertEquals(d(3, 12), deadlines.stoppedSince());
        assertEquals(ClockStop.CLARIFICATION, deadlines.stoppedFor());
    }

    @Test
    void anExtendedRequestIsDueThreeMonthsFromTheRestart_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(d(1, 31),
                List.of(stop(ClockStop.IDENTITY, d(2, 2), d(3, 30))), true, d(4, 1), d(4, 2));
        assertEquals(d(6, 30), deadlines.due());
        assertEquals(d(4, 30), deadlines.firstMonthDue());
    }

    @Test
    void withoutStopsTheRequestIsDueOneCalendarMonthFromReceipt_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED, List.of(), false, null, d(3, 20));
        assertEquals(d(4, 10), deadlines.due());
        assertEquals(d(4, 10), deadlines.originalDue());
        assertFalse(deadlines.stopped());
    }

    @Test
    void theLastDayOfAShorterMonthThenTheNextWorkingDay_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(d(1, 31), List.of(), false, null, d(2, 1));
        assertEquals(d(3, 2), deadlines.due(), "28 February 2026 is a Saturday");
    }

    @Test
    void whileWaitingForIdentityTheClockStopsAndTheMonthRestartsOnTheDayItArrives_D2() {
        RequestClock.Deadlines stopped = CLOCK.deadlines(RECEIVED,
                List.of(stop(ClockStop.IDENTITY, d(3, 12), null)), false, null, d(3, 20));
        assertTrue(stopped.stopped());
        assertEquals(d(3, 12), stopped.stoppedSince());
        assertNull(stopped.due());
        assertEquals(d(4, 10), stopped.originalDue(), "the date at receipt is kept");

        RequestClock.Deadlines restarted = CLOCK.deadlines(RECEIVED,
                List.of(stop(ClockStop.IDENTITY, d(3, 12), d(3, 22))), false, null, d(3, 23));
        assertEquals(d(4, 22), restarted.due(), "one month from the day the proof arrived");
        assertEquals(d(4, 10), restarted.originalDue());
    }

    @Test
    void everyClarificationPauseCounts_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED,
                List.of(stop(ClockStop.CLARIFICATION, d(3, 11), d(3, 14)),
                        stop(ClockStop.CLARIFICATION, d(3, 20), d(3, 22))), false, null, d(3, 25));
        assertEquals(5, deadlines.pausedDays());
        assertEquals(d(4, 15), deadlines.due());
    }

    @Test
    void anExtensionWithItsNoticeInTimeAddsTwoMonths_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED, List.of(), true, d(4, 1), d(4, 20));
        assertEquals(d(6, 10), deadlines.due());
        assertEquals(d(4, 10), deadlines.firstMonthDue());
        assertFalse(deadlines.extensionLapsed());
        assertFalse(deadlines.extensionNoticeDue());
    }

    @Test
    void anExtensionWhoseNoticeIsStillDueShowsItAndLapsesWhenTheFirstMonthEnds_D2() {
        RequestClock.Deadlines pending = CLOCK.deadlines(RECEIVED, List.of(), true, null, d(4, 1));
        assertTrue(pending.extensionNoticeDue());
        assertEquals(d(6, 10), pending.due());

        RequestClock.Deadlines lapsed = CLOCK.deadlines(RECEIVED, List.of(), true, null, d(4, 11));
        assertTrue(lapsed.extensionLapsed());
        assertEquals(d(4, 10), lapsed.due(), "without the notice in time the first month stands");
    }

    @Test
    void aLateExtensionIsRefused_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED, List.of(), false, null, d(4, 13));
        assertEquals(Optional.of("Too late to extend: an extension must be decided, and the person told, before "
                + "the first month ends; this request's first month ended on 10 April 2026."),
                CLOCK.extensionRefusal(deadlines, false, d(4, 13)));
        assertEquals(Optional.empty(), CLOCK.extensionRefusal(deadlines, false, d(4, 10)));
        assertTrue(CLOCK.extensionRefusal(deadlines, true, d(4, 1)).isPresent());
    }

    @Test
    void aNoticeAfterTheFirstMonthDoesNotExtend_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED, List.of(), true, null, d(4, 1));
        assertTrue(CLOCK.noticeRefusal(deadlines, RECEIVED, d(4, 11)).isPresent());
        assertEquals(Optional.empty(), CLOCK.noticeRefusal(deadlines, RECEIVED, d(4, 10)));
        assertTrue(CLOCK.noticeRefusal(deadlines, RECEIVED, d(3, 9)).isPresent());
    }
}
