package org.custos.protection.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** N2: which deadline a privacy notice has, by where the data came from. */
class NoticeDueTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final UkComplianceCalendar calendar = new UkComplianceCalendar(
            Clock.fixed(ZonedDateTime.of(2026, 11, 2, 12, 0, 0, 0, LONDON).toInstant(), LONDON),
            BankHolidays.englandAndWales2020To2030(), CalendarPeriods.defaults());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void dataFromThePersonIsDueAtCollectionWhateverComesLater_N2() {
        assertEquals(d(2026, 11, 3), calendar.noticeDue(d(2026, 11, 3), true, null));
        assertEquals(d(2026, 11, 3), calendar.noticeDue(d(2026, 11, 3), true, d(2026, 11, 20)));
    }

    @Test
    void dataObtainedElsewhereIsDueOneMonthLaterWithNoContactYet_N2() {
        assertEquals(d(2026, 12, 3), calendar.noticeDue(d(2026, 11, 3), false, null));
        assertEquals(d(2027, 2, 28), calendar.noticeDue(d(2027, 1, 31), false, null), "end of a shorter month");
    }

    @Test
    void aFirstContactOrDisclosureSoonerThanTheMonthBringsItForward_N2() {
        assertEquals(d(2026, 11, 10), calendar.noticeDue(d(2026, 11, 3), false, d(2026, 11, 10)));
        assertEquals(d(2026, 12, 3), calendar.noticeDue(d(2026, 11, 3), false, d(2026, 12, 20)),
                "a later contact does not put it off");
    }
}
