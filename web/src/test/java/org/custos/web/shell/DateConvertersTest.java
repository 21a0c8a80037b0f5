package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The one way pages show dates: the month in full, a weekday or seconds only where a page asks for them. */
class DateConvertersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final LocalDateTime MOMENT = LocalDateTime.of(2026, 12, 3, 14, 30, 5);

    @Test
    void aDayIsShownWithTheMonthInFullAndItsWeekdayOnlyWhenAsked() {
        assertEquals("3 December 2026", LocalDateConverter.shown(DAY));
        assertEquals("Thursday 3 December 2026", LocalDateConverter.shown(DAY, true));
        assertEquals(DAY, new LocalDateConverter().getAsObject(null, null, " 3 December 2026 "));
    }

    @Test
    void aMomentIsShownToTheMinuteAndToTheSecondOnlyWhenAsked() {
        assertEquals("3 December 2026 14:30", LocalDateTimeConverter.shown(MOMENT, false));
        assertEquals("3 December 2026 14:30:05", LocalDateTimeConverter.shown(MOMENT, true));
        assertEquals(MOMENT.withSecond(0), new LocalDateTimeConverter().getAsObject(null, null, "3 December 2026 14:30"));
    }

    @Test
    void noDateIsShownAsNothing() {
        assertEquals("", LocalDateConverter.shown(null));
        assertEquals("", LocalDateTimeConverter.shown(null, true));
    }
}
