package org.custos.domain.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date ({@code LocalDate}) or moment ({@code LocalDateTime}) that can be true of what it records, within its
 * {@link Span}; none (null) is left to {@code @NotNull}. The message names the field: {@code value} is how a
 * sentence starts with it ("The date of birth").
 */
@Documented
@Constraint(validatedBy = {PlausibleDates.OfDay.class, PlausibleDates.OfMoment.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    /** The field as a sentence starts with it: "The date of birth". */
    String value();

    Span span() default Span.PAST;

    /** Set by the validator from the span, so that it can name the bound the date is outside of. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The dates that can be true of a field. */
    enum Span {
        /** Something that has happened (a birth, a breach): from 1900 to today, or to now for a moment. */
        PAST,
        /** A day of the calendar (a bank holiday): from 1900 to the end of the year a century ahead. */
        CALENDAR
    }
}
