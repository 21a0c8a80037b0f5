package org.custos.security.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An account's email address, where its reminders go: optional (null or blank is none), else one name, an
 * {@code @} and a domain with a dot (spaces around it are trimmed), at most 254 characters (the longest address
 * SMTP carries).
 */
@Documented
@Constraint(validatedBy = {})
@Target({PARAMETER, RECORD_COMPONENT, FIELD, METHOD})
@Retention(RUNTIME)
@Pattern(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*",
        message = "Enter an email address such as name@example.org, or leave it empty.")
@Size(max = EmailAddress.LENGTH, message = "The email address must have at most {max} characters.")
public @interface EmailAddress {

    int LENGTH = 254;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
