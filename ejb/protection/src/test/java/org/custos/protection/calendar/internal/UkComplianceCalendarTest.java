package org.custos.protection.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The calendar works in local time, Europe/London. Every expected date below
 * was checked against a calendar (weekday and bank holiday) before asserting.
 */
class UkComplianceCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Friday 10 October 2025, 12:00 London time. */
    private static final Clock CLOCK =
            Clock.fixed(ZonedDateTime.of(2025, 10, 10, 12, 0, 0, 0, LONDON).toInstant(), LONDON);

    private static final BankHolidays HOLIDAYS = BankHolidays.englandAndWales2020To2030();

    private final UkComplianceCalendar calendar =
            new UkComplianceCalendar(CLOCK, HOLIDAYS, CalendarPeriods.defaults());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The instant of a London wall-clock time. */
    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON).toInstant();
    }

    private LocalDateTime deadlineInLondon(LocalDateTime awareInLondon) {
        return calendar.localTime(calendar.breachReportDeadline(calendar.instant(awareInLondon)));
    }

    // --- defaults -------------------------------------------------------------------------

    @Test
    void defaultPeriodsAreOneMonthThreeMonths72HoursAndOneMonth_D2_X5_N2() {
        CalendarPeriods p = CalendarPeriods.defaults();
        assertEquals(Period.ofMonths(1), p.requestResponse());
        assertEquals(Period.ofMonths(3), p.requestExtended());
        assertEquals(Duration.ofHours(72), p.breachReport());
        assertEquals(Period.ofMonths(1), p.indirectNotice());
    }

    // --- today / daysLeft --------------------------------------------------------------------

    @Test
    void todayIsTheClocksDateInLondon() {
        assertEquals(d(2025, 10, 10), calendar.today());
    }

    @Test
    void todayUsesLondonTimeSoHalfPastMidnightBstIsAlreadyTheNextDay() {
        // 23:30 UTC on 9 October 2025 is 00:30 BST on 10 October.
        Clock lateUtc = Clock.fixed(LocalDateTime.of(2025, 10, 9, 23, 30).toInstant(java.time.ZoneOffset.UTC), LONDON);
        UkComplianceCalendar c = new UkComplianceCalendar(lateUtc, HOLIDAYS, CalendarPeriods.defaults());
        assertEquals(d(2025, 10, 10), c.today());
    }

    @Test
    void daysLeftCountsCalendarDaysFromTodayAndIsNegativeWhenOverdue() {
        assertEquals(3, calendar.daysLeft(d(2025, 10, 13)));
        assertEquals(0, calendar.daysLeft(d(2025, 10, 10)));
        assertEquals(-9, calendar.daysLeft(d(2025, 10, 1)));
    }

    // --- D2: ICO examples ----------------------------------------------------------------------

    @Test
    void requestReceivedOn3SeptemberIsDueOn3October_D2() {
        assertEquals(d(2025, 10, 3), calendar.requestDueDate(d(2025, 9, 3)));
    }

    @Test
    void requestReceivedOn31MarchIsDueOn30April_D2() {
        assertEquals(d(2025, 4, 30), calendar.requestDueDate(d(2025, 3, 31)));
    }

    @Test
    void requestDueOnSaturdayMovesToMonday_D2() {
        // 8 November 2025 is a Saturday.
        assertEquals(d(2025, 11, 10), calendar.requestDueDate(d(2025, 10, 8)));
    }

    @Test
    void requestDueOnSundayMovesToMonday_D2() {
        // 9 November 2025 is a Sunday.
        assertEquals(d(2025, 11, 10), calendar.requestDueDate(d(2025, 10, 9)));
    }

    @Test
    void requestReceivedOn30DecemberIsDueOn30January_D2() {
        // Receipt between the Christmas bank holidays still counts from the day of receipt.
        assertEquals(d(2026, 1, 30), calendar.requestDueDate(d(2025, 12, 30)));
    }

    @Test
    void requestReceivedOn31DecemberDueOnSundayMovesToMonday1February_D2() {
        // 31 January 2021 is a Sunday.
        assertEquals(d(2021, 2, 1), calendar.requestDueDate(d(2020, 12, 31)));
    }

    @Test
    void requestReceivedOnABankHolidayCountsFromThatDay_D2() {
        // 27 December 2021 is the Christmas substitute day; 27 January 2022 is a Thursday.
        assertEquals(d(2022, 1, 27), calendar.requestDueDate(d(2021, 12, 27)));
    }

    @Test
    void requestDueOnNewYearsDaySundayMovesPastTheSubstituteMondayToTuesday_D2() {
        // 1 Jan 2023 Sunday, 2 Jan 2023 substitute bank holiday.
        assertEquals(d(2023, 1, 3), calendar.requestDueDate(d(2022, 12, 1)));
    }

    // --- D2: end of month ----------------------------------------------------------------------

    @Test
    void requestReceivedOn31JanuaryIsDueOnLastDayOfFebruaryInLeapYear_D2() {
        // 29 February 2028 is a Tuesday.
        assertEquals(d(2028, 2, 29), calendar.requestDueDate(d(2028, 1, 31)));
    }

    @Test
    void requestReceivedOn31JanuaryInNonLeapYearIsDue28FebruaryMovedFromSundayToMonday1March_D2() {
        // 28 February 2027 is a Sunday.
        assertEquals(d(2027, 3, 1), calendar.requestDueDate(d(2027, 1, 31)));
    }

    @Test
    void requestsReceivedOn29And30JanuaryAreBothDue28FebruaryMovedFromSaturdayToMonday_D2() {
        // 28 February 2026 is a Saturday.
        assertEquals(d(2026, 3, 2), calendar.requestDueDate(d(2026, 1, 29)));
        assertEquals(d(2026, 3, 2), calendar.requestDueDate(d(2026, 1, 30)));
    }

    @Test
    void requestReceivedOn29OfAMonthIsDueOn29NextMonth_D2() {
        assertEquals(d(2025, 4, 29), calendar.requestDueDate(d(2025, 3, 29)));
    }

    @Test
    void requestReceivedOn31OfAMonthBeforeA30DayMonthIsDueOnThe30th_D2() {
        assertEquals(d(2025, 6, 30), calendar.requestDueDate(d(2025, 5, 31)));
        assertEquals(d(2025, 9, 30), calendar.requestDueDate(d(2025, 8, 31)));
    }

    @Test
    void requestReceivedOn31OctoberIsDue30NovemberMovedFromSundayToMonday1December_D2() {
        assertEquals(d(2025, 12, 1), calendar.requestDueDate(d(2025, 10, 31)));
    }

    // --- D2: bank holidays ------------------------------------------------------------------------

    @Test
    void requestDueOnChristmasDayMovesPastWeekendAndBoxingDaySubstituteTo29December_D2() {
        // 25 Dec 2026 Friday (holiday), 26 Saturday, 27 Sunday, 28 Monday (Boxing Day substitute).
        assertEquals(d(2026, 12, 29), calendar.requestDueDate(d(2026, 11, 25)));
    }

    @Test
    void requestDueOnChristmasSubstituteDayMovesPastBothSubstituteDays_D2() {
        // 27 and 28 Dec 2027 are the Christmas and Boxing Day substitute days.
        assertEquals(d(2027, 12, 29), calendar.requestDueDate(d(2027, 11, 27)));
    }

    @Test
    void requestDueOnBoxingDaySubstituteMondayMovesToTuesday_D2() {
        assertEquals(d(2020, 12, 29), calendar.requestDueDate(d(2020, 11, 28)));
    }

    @Test
    void requestDueOnChristmasSubstituteTuesdayMovesToWednesday_D2() {
        assertEquals(d(2022, 12, 28), calendar.requestDueDate(d(2022, 11, 27)));
    }

    @Test
    void requestDueOnGoodFridayMovesPastEasterWeekendAndEasterMondayToTuesday_D2() {
        // Good Friday 3 April 2026, Easter Monday 6 April 2026.
        assertEquals(d(2026, 4, 7), calendar.requestDueDate(d(2026, 3, 3)));
    }

    @Test
    void requestDueOnEasterMondayMovesToTuesday_D2() {
        // Easter Monday 21 April 2025.
        assertEquals(d(2025, 4, 22), calendar.requestDueDate(d(2025, 3, 21)));
    }

    @Test
    void requestDueOnCoronationBankHolidayMovesToTuesday_D2() {
        assertEquals(d(2023, 5, 9), calendar.requestDueDate(d(2023, 4, 8)));
    }

    // --- D2: extension -------------------------------------------------------------------------------

    @Test
    void extendedRequestIsDueThreeMonthsFromReceipt_D2() {
        assertEquals(d(2025, 4, 30), calendar.extendedDueDate(d(2025, 1, 31)));
    }

    @Test
    void extendedRequestDueOnGoodFridayMovesToTuesdayAfterEaster_D2() {
        assertEquals(d(2026, 4, 7), calendar.extendedDueDate(d(2026, 1, 3)));
    }

    @Test
    void extendedRequestFrom30NovemberIsDueOnLastDayOfFebruaryMovedFromSaturdayToMonday_D2() {
        // Three months at once: 30 Nov 2025 -> 28 Feb 2026 (Saturday) -> Monday 2 March.
        assertEquals(d(2026, 3, 2), calendar.extendedDueDate(d(2025, 11, 30)));
    }

    @Test
    void extendedRequestDueOnChristmasMovesTo29December_D2() {
        assertEquals(d(2026, 12, 29), calendar.extendedDueDate(d(2026, 9, 25)));
    }

    @Test
    void extensionMustBeNotifiedByTheOrdinaryDueDate_D2() {
        assertEquals(d(2025, 11, 10), calendar.lastDayToExtend(d(2025, 10, 8)));
        assertEquals(d(2026, 12, 29), calendar.lastDayToExtend(d(2026, 11, 25)));
    }

    @Test
    void periodsComeFromTheSettings_D2() {
        CalendarPeriods twoMonths = new CalendarPeriods(Period.ofMonths(2), Period.ofMonths(4),
                Duration.ofHours(48), Period.ofDays(14), Period.ofDays(30));
        UkComplianceCalendar c = new UkComplianceCalendar(CLOCK, HOLIDAYS, twoMonths);
        assertEquals(d(2025, 11, 3), c.requestDueDate(d(2025, 9, 3)));
        assertEquals(d(2026, 1, 5), c.extendedDueDate(d(2025, 9, 3)));
        assertEquals(london(2025, 10, 12, 9, 0), c.breachReportDeadline(london(2025, 10, 10, 9, 0)));
        assertEquals(d(2025, 9, 17), c.indirectNoticeDeadline(d(2025, 9, 3)));
        assertEquals(c.today().plusDays(30), c.approvalsEndingBy());
    }

    @Test
    void theDpmSeesApprovalsEndingWithinTwoWeeksByDefault_L4() {
        assertEquals(calendar.today().plusDays(14), calendar.approvalsEndingBy());
    }

    // --- X5: breach report ---------------------------------------------------------------------------

    @Test
    void breachReportIsDue72HoursLaterCountingTheWeekend_X5() {
        // Aware Friday 16:30 -> Monday 16:30.
        assertEquals(LocalDateTime.of(2025, 10, 13, 16, 30), deadlineInLondon(LocalDateTime.of(2025, 10, 10, 16, 30)));
    }

    @Test
    void breachReportIsNotMovedOffABankHoliday_X5() {
        // Aware Tuesday 22 Dec 2026 10:00 -> Friday 25 Dec (Christmas Day) 10:00.
        assertEquals(LocalDateTime.of(2026, 12, 25, 10, 0), deadlineInLondon(LocalDateTime.of(2026, 12, 22, 10, 0)));
    }

    @Test
    void acrossTheEndOfBstTheDeadlineIs72ElapsedHoursSoAnHourEarlierOnTheWallClock_X5() {
        // Clocks go back at 02:00 on Sunday 26 October 2025, the last Sunday of October.
        Instant aware = london(2025, 10, 24, 9, 0);
        Instant deadline = calendar.breachReportDeadline(aware);
        assertEquals(Duration.ofHours(72), Duration.between(aware, deadline));
        assertEquals(LocalDateTime.of(2025, 10, 27, 8, 0), calendar.localTime(deadline));
    }

    @Test
    void acrossTheStartOfBstTheDeadlineIs72ElapsedHoursSoAnHourLaterOnTheWallClock_X5() {
        // Clocks go forward at 01:00 on Sunday 29 March 2026, the last Sunday of March.
        Instant aware = london(2026, 3, 27, 9, 0);
        Instant deadline = calendar.breachReportDeadline(aware);
        assertEquals(Duration.ofHours(72), Duration.between(aware, deadline));
        assertEquals(LocalDateTime.of(2026, 3, 30, 10, 0), calendar.localTime(deadline));
    }

    @Test
    void aBreachFoundInTheRepeatedAutumnHourCountsFromTheEarlierOneAndTheSkippedSpringHourDoesNotExist_X5() {
        // 01:30 happens twice on 26 October 2025 (BST, then GMT); the earlier gives the earlier deadline.
        assertEquals(Instant.parse("2025-10-26T00:30:00Z"), calendar.instant(LocalDateTime.of(2025, 10, 26, 1, 30)));
        assertEquals(LocalDateTime.of(2025, 10, 29, 0, 30), deadlineInLondon(LocalDateTime.of(2025, 10, 26, 1, 30)));
        // 01:30 on 29 March 2026 never happens in London: it is read as 02:30 BST.
        assertEquals(LocalDateTime.of(2026, 3, 29, 2, 30),
                calendar.localTime(calendar.instant(LocalDateTime.of(2026, 3, 29, 1, 30))));
    }

    @Test
    void theDpmReadsInstantsInLondonTime_X5() {
        assertEquals(LocalDateTime.of(2025, 7, 1, 13, 0), calendar.localTime(Instant.parse("2025-07-01T12:00:00Z")));
        assertEquals(LocalDateTime.of(2025, 12, 1, 12, 0), calendar.localTime(Instant.parse("2025-12-01T12:00:00Z")));
    }

    // --- N2: indirect notice --------------------------------------------------------------------------

    @Test
    void indirectNoticeIsDueOneMonthAfterObtaining_N2() {
        assertEquals(d(2025, 10, 3), calendar.indirectNoticeDeadline(d(2025, 9, 3)));
    }

    @Test
    void indirectNoticeFrom31JanuaryIsDueOnLastDayOfFebruary_N2() {
        assertEquals(d(2025, 2, 28), calendar.indirectNoticeDeadline(d(2025, 1, 31)));
    }

    @Test
    void indirectNoticeIsNotMovedOffWeekendsOrBankHolidays_N2() {
        // 31 Jan 2026 is a Saturday, 25 Dec 2026 is Christmas Day: "at the latest within one month".
        assertEquals(d(2026, 1, 31), calendar.indirectNoticeDeadline(d(2025, 12, 31)));
        assertEquals(d(2026, 12, 25), calendar.indirectNoticeDeadline(d(2026, 11, 25)));
    }

    @Test
    void indirectNoticeIsDueAtTheFirstCommunicationOrDisclosureWhenThatIsSooner_N2() {
        assertEquals(d(2025, 9, 20), calendar.indirectNoticeDeadline(d(2025, 9, 3), d(2025, 9, 20)));
        assertEquals(d(2025, 9, 3), calendar.indirectNoticeDeadline(d(2025, 9, 3), d(2025, 9, 3)));
    }

    @Test
    void aFirstCommunicationAfterTheMonthDoesNotPutTheNoticeOff_N2() {
        assertEquals(d(2025, 10, 3), calendar.indirectNoticeDeadline(d(2025, 9, 3), d(2025, 11, 1)));
        assertEquals(d(2025, 10, 3), calendar.indirectNoticeDeadline(d(2025, 9, 3), null));
    }

    // --- working days ------------------------------------------------------------------------------

    @Test
    void weekdaysAreWorkingDaysButWeekendsAndBankHolidaysAreNot() {
        assertTrue(calendar.isWorkingDay(d(2025, 10, 10)));   // Friday
        assertFalse(calendar.isWorkingDay(d(2025, 10, 11)));  // Saturday
        assertFalse(calendar.isWorkingDay(d(2025, 10, 12)));  // Sunday
        assertFalse(calendar.isWorkingDay(d(2025, 12, 25)));  // Christmas Day, Thursday
        assertFalse(calendar.isWorkingDay(d(2022, 9, 19)));   // State Funeral, Monday
        assertTrue(calendar.isWorkingDay(d(2025, 12, 29)));   // Monday
    }

    @Test
    void nextWorkingDayOnOrAfterAWorkingDayIsThatDay() {
        assertEquals(d(2025, 10, 10), calendar.nextWorkingDayOnOrAfter(d(2025, 10, 10)));
    }

    @Test
    void nextWorkingDayAfterPlatinumJubileeHolidaysIsMonday6June2022() {
        // Thu 2 and Fri 3 June 2022 holidays, then the weekend; Monday 6 June is a working day.
        assertEquals(d(2022, 6, 6), calendar.nextWorkingDayOnOrAfter(d(2022, 6, 2)));
    }
}
