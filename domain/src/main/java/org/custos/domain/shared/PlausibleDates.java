package org.custos.domain.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The ranges of {@link PlausibleDate}, in one place: nothing before 1900; something that has happened not after
 * now (a day not after today); a calendar day not after the end of the year a century ahead.
 */
public final class PlausibleDates {

    /** The first year a date can be in. */
    public static final int EARLIEST_YEAR = 1900;

    /** How many years ahead a calendar day can be. */
    public static final int YEARS_AHEAD = 100;

    private PlausibleDates() {
    }

    /**
     * Why the moment cannot be true of the field, if it cannot.
     *
     * @param field how a sentence starts with the field: "The date of birth"
     * @param now the latest moment that has happened
     */
    static Optional<String> problem(String field, PlausibleDate.Span span, LocalDateTime moment,
            LocalDateTime now) {
        if (moment.getYear() < EARLIEST_YEAR) {
            return Optional.of(field + " cannot be before " + EARLIEST_YEAR + ".");
        }
        if (span == PlausibleDate.Span.PAST && moment.isAfter(now)) {
            return Optional.of(field + " cannot be in the future.");
        }
        int latest = now.getYear() + YEARS_AHEAD;
        if (span == PlausibleDate.Span.CALENDAR && moment.getYear() > latest) {
            return Optional.of(field + " cannot be after " + latest + ".");
        }
        return Optional.empty();
    }

    private static boolean valid(PlausibleDate rule, LocalDateTime moment, LocalDateTime now,
            ConstraintValidatorContext context) {
        Optional<String> problem = problem(rule.value(), rule.span(), moment, now);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message.replaceAll("([\\\\{}$])", "\\\\$1"))
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** Bean Validation's clock (the system's unless configured), read in the organisation's local time. */
    private static Clock organisationClock(ConstraintValidatorContext context) {
        return context.getClockProvider().getClock().withZone(OrganisationTime.ZONE);
    }

    /** {@link PlausibleDate} on a day: any time today has happened. */
    public static final class OfDay implements ConstraintValidator<PlausibleDate, LocalDate> {

        private PlausibleDate rule;

        @Override
        public void initialize(PlausibleDate annotation) {
            rule = annotation;
        }

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || valid(rule, day.atStartOfDay(),
                    LocalDate.now(organisationClock(context)).atTime(LocalTime.MAX), context);
        }
    }

    /** {@link PlausibleDate} on a moment: a moment later today is in the future. */
    public static final class OfMoment implements ConstraintValidator<PlausibleDate, LocalDateTime> {

        private PlausibleDate rule;

        @Override
        public void initialize(PlausibleDate annotation) {
            rule = annotation;
        }

        @Override
        public boolean isValid(LocalDateTime moment, ConstraintValidatorContext context) {
            return moment == null || valid(rule, moment,
                    LocalDateTime.now(organisationClock(context)), context);
        }
    }
}
