package org.custos.protection.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private final BankHolidays holidays = BankHolidays.englandAndWales2020To2030();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void resourceLoads91Holidays2020To2030() {
        assertEquals(91, holidays.dates().size());
        assertTrue(holidays.dates().stream().allMatch(x -> x.getYear() >= 2020 && x.getYear() <= 2030));
    }

    @Test
    void eachYearHasEightHolidaysExcept2022WithTenAnd2023WithNine() {
        Map<Integer, Long> perYear = holidays.dates().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()));
        Map<Integer, Long> expected = new TreeMap<>();
        for (int y = 2020; y <= 2030; y++) {
            expected.put(y, 8L);
        }
        expected.put(2022, 10L);
        expected.put(2023, 9L);
        assertEquals(expected, perYear);
    }

    @Test
    void noHolidayFallsOnAWeekendBecauseSubstituteDaysAreListedInstead() {
        assertTrue(holidays.dates().stream().noneMatch(
                x -> x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY));
    }

    @Test
    void oneOffHolidaysArePresent() {
        assertTrue(holidays.contains(d(2020, 5, 8)), "VE Day early May 2020");
        assertFalse(holidays.contains(d(2020, 5, 4)), "2020 early May moved off the first Monday");
        assertTrue(holidays.contains(d(2022, 6, 2)), "2022 spring bank holiday (Thursday)");
        assertTrue(holidays.contains(d(2022, 6, 3)), "Platinum Jubilee");
        assertFalse(holidays.contains(d(2022, 5, 30)), "2022 spring bank holiday moved off the last Monday");
        assertTrue(holidays.contains(d(2022, 9, 19)), "State Funeral");
        assertTrue(holidays.contains(d(2023, 5, 8)), "Coronation");
        assertTrue(holidays.contains(d(2023, 5, 1)), "2023 early May stays");
    }

    @Test
    void substituteDaysArePresent() {
        for (LocalDate sub : List.of(d(2020, 12, 28), d(2021, 12, 27), d(2021, 12, 28), d(2022, 1, 3),
                d(2022, 12, 26), d(2022, 12, 27), d(2023, 1, 2), d(2026, 12, 28), d(2027, 12, 27),
                d(2027, 12, 28), d(2028, 1, 3))) {
            assertTrue(holidays.contains(sub), sub.toString());
        }
        assertFalse(holidays.contains(d(2021, 12, 25)), "Saturday Christmas is replaced by its substitute");
        assertFalse(holidays.contains(d(2026, 12, 26)), "Saturday Boxing Day is replaced by its substitute");
    }

    @Test
    void easterHolidaysAreGoodFridayAndEasterMonday() {
        List<LocalDate> goodFridays = List.of(d(2020, 4, 10), d(2021, 4, 2), d(2022, 4, 15), d(2023, 4, 7),
                d(2024, 3, 29), d(2025, 4, 18), d(2026, 4, 3), d(2027, 3, 26), d(2028, 4, 14),
                d(2029, 3, 30), d(2030, 4, 19));
        for (LocalDate gf : goodFridays) {
            assertEquals(DayOfWeek.FRIDAY, gf.getDayOfWeek(), gf.toString());
            assertTrue(holidays.contains(gf), "Good Friday " + gf);
            assertTrue(holidays.contains(gf.plusDays(3)), "Easter Monday " + gf.plusDays(3));
        }
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertFalse(holidays.contains(d(2025, 10, 10)));
        assertFalse(holidays.contains(d(2031, 1, 1)));
    }

    @Test
    void constructedFromNamedDatesAndImmutable() {
        BankHolidays custom = new BankHolidays(Map.of(d(2025, 1, 1), "New Year's Day"));
        assertTrue(custom.contains(d(2025, 1, 1)));
        assertFalse(custom.contains(d(2025, 1, 2)));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> custom.dates().add(d(2025, 1, 2)));
    }

    @Test
    void theShippedDaysKeepTheirNamesAndAddedDaysJoinThem() {
        assertEquals("Christmas Day", holidays.name(d(2025, 12, 25)));
        BankHolidays more = holidays.with(Map.of(d(2031, 1, 1), "New Year's Day"));
        assertTrue(more.contains(d(2031, 1, 1)));
        assertTrue(more.contains(d(2025, 12, 25)));
        assertFalse(holidays.contains(d(2031, 1, 1)), "the shipped set is unchanged");
    }
}
