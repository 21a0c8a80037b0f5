package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.PlausibleDate.Span;
import org.junit.jupiter.api.Test;

/** Dates that cannot be true of what they record are refused, with a sentence that names the field. */
class PlausibleDateTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 14, 30);

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    record Person(@PlausibleDate("The date of birth") LocalDate born) {
    }

    record Breach(@PlausibleDate("The time the breach happened") LocalDateTime occurredAt) {
    }

    record Holiday(@PlausibleDate(value = "The bank holiday", span = Span.CALENDAR) LocalDate day) {
    }

    private Set<String> problems(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void aBirthIsFrom1900ToToday() {
        assertEquals(Set.of("The date of birth cannot be before 1900."),
                problems(new Person(LocalDate.of(1899, 12, 31))));
        assertEquals(Set.of(), problems(new Person(LocalDate.of(1900, 1, 1))));
        assertEquals(Set.of(), problems(new Person(LocalDate.now(OrganisationTime.ZONE))));
        assertEquals(Set.of("The date of birth cannot be in the future."),
                problems(new Person(LocalDate.now(OrganisationTime.ZONE).plusDays(1))));
        assertEquals(Set.of(), problems(new Person(null)));
    }

    @Test
    void aBreachTimeIsFrom1900ToNow() {
        assertEquals(Set.of("The time the breach happened cannot be before 1900."),
                problems(new Breach(LocalDateTime.of(1066, 10, 14, 9, 0))));
        assertEquals(Set.of("The time the breach happened cannot be in the future."),
                problems(new Breach(LocalDateTime.now(OrganisationTime.ZONE).plusMinutes(5))));
        assertEquals(Set.of(), problems(new Breach(LocalDateTime.now(OrganisationTime.ZONE).minusMinutes(5))));
    }

    @Test
    void aBankHolidayIsFrom1900ToTheEndOfTheYearACenturyAhead() {
        int latest = LocalDate.now(OrganisationTime.ZONE).getYear() + PlausibleDates.YEARS_AHEAD;
        assertEquals(Set.of(), problems(new Holiday(LocalDate.of(latest, 12, 31))));
        assertEquals(Set.of("The bank holiday cannot be after " + latest + "."),
                problems(new Holiday(LocalDate.of(latest + 1, 1, 1))));
        assertEquals(Set.of("The bank holiday cannot be before 1900."),
                problems(new Holiday(LocalDate.of(1, 1, 1))));
    }

    @Test
    void aMomentLaterTodayHasNotHappenedYet() {
        assertEquals("The time cannot be in the future.", PlausibleDates.problem("The time", Span.PAST,
                NOW.plusMinutes(1), NOW).orElseThrow());
        assertTrue(PlausibleDates.problem("The time", Span.PAST, NOW, NOW).isEmpty());
    }

    @Test
    void aFieldNameWithBracesIsShownAsWritten() {
        record Odd(@PlausibleDate("The {odd} $day") LocalDate day) {
        }
        assertEquals(Set.of("The {odd} $day cannot be before 1900."), problems(new Odd(LocalDate.of(1800, 1, 1))));
    }
}
