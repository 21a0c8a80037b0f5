package org.custos.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AcknowledgementDeadlineTest {

    private static final Period THIRTY_DAYS = Period.ofDays(30);

    /** England-and-Wales bank holidays of late 2026 (summer; Christmas Day; Boxing Day's substitute Monday). */
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28));

    private static final Predicate<LocalDate> WORKING_DAY = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);

    @Test
    void theThirtyDaysAreCountedFromTheDayAfterReceipt_P1() {
        // Received Wednesday 1 July: day 1 is 2 July, day 30 Friday 31 July.
        assertEquals(LocalDate.of(2026, 7, 31),
                AcknowledgementDeadline.due(LocalDate.of(2026, 7, 1), THIRTY_DAYS, WORKING_DAY));
    }

    @Test
    void anEndOnAWeekendMovesToTheNextWorkingDay_P1() {
        // Received Thursday 2 July: day 30 is Saturday 1 August, so Monday 3 August.
        assertEquals(LocalDate.of(2026, 8, 3),
                AcknowledgementDeadline.due(LocalDate.of(2026, 7, 2), THIRTY_DAYS, WORKING_DAY));
    }

    @Test
    void anEndOnABankHolidayMovesToTheNextWorkingDay_P1() {
        // Received Saturday 1 August: day 30 is the summer bank holiday, Monday 31 August, so Tuesday 1 September.
        assertEquals(LocalDate.of(2026, 9, 1),
                AcknowledgementDeadline.due(LocalDate.of(2026, 8, 1), THIRTY_DAYS, WORKING_DAY));
        // Received 25 November: day 30 is Christmas Day, then a weekend and Boxing Day's substitute, so 29 December.
        assertEquals(LocalDate.of(2026, 12, 29),
                AcknowledgementDeadline.due(LocalDate.of(2026, 11, 25), THIRTY_DAYS, WORKING_DAY));
    }

    @Test
    void thePeriodIsTheSettingsValue_P1() {
        assertEquals(LocalDate.of(2026, 7, 15),
                AcknowledgementDeadline.due(LocalDate.of(2026, 7, 1), Period.ofDays(14), WORKING_DAY));
    }

    @Test
    void noAcknowledgementIsNeededWhenTheOutcomeWentWithinTheTime_P1() {
        LocalDate due = LocalDate.of(2026, 7, 31);
        assertTrue(AcknowledgementDeadline.needed(due, null), "no outcome yet");
        assertFalse(AcknowledgementDeadline.needed(due, LocalDate.of(2026, 7, 20)), "outcome well within the time");
        assertFalse(AcknowledgementDeadline.needed(due, due), "outcome on the last day");
        assertTrue(AcknowledgementDeadline.needed(due, LocalDate.of(2026, 8, 3)), "outcome after the time");
    }
}
