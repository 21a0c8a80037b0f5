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
import org.custos.protection.calendar.internal.BankHolidays;
import org.custos.protection.calendar.internal.CalendarPeriods;
import org.custos.protection.calendar.internal.UkComplianceCalendar;
import org.junit.jupiter.api.Test;

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
    void whileWaitingForIdentityTheClockStopsAndRestartsOnReceiptMovingTheDueDate_D2() {
        RequestClock.Deadlines stopped = CLOCK.deadlines(RECEIVED, List.of(new RequestClock.Stop(d(3, 12), null)),
                false, null, d(3, 20));
        assertTrue(stopped.stopped());
        assertEquals(d(3, 12), stopped.stoppedSince());
        assertNull(stopped.due());
        assertEquals(d(4, 10), stopped.originalDue(), "the date at receipt is kept");

        RequestClock.Deadlines restarted = CLOCK.deadlines(RECEIVED,
                List.of(new RequestClock.Stop(d(3, 12), d(3, 22))), false, null, d(3, 23));
        assertEquals(d(4, 20), restarted.due(), "ten days stopped, ten days later");
        assertEquals(d(4, 10), restarted.originalDue());
    }

    @Test
    void everyStopCounts_D2() {
        RequestClock.Deadlines deadlines = CLOCK.deadlines(RECEIVED, List.of(new RequestClock.Stop(d(3, 11), d(3, 14)),
                new RequestClock.Stop(d(3, 20), d(3, 22))), false, null, d(3, 25));
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
                + "the first month ends (D2); this request's first month ended on 2026-04-10."),
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
