package org.custos.security.api;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;

/**
 * A facade call refused because its arguments break their Bean Validation constraints ({@link ValidatedArguments}).
 * An application exception, like the other refusals: the container rolls back but does not log it as a failure
 * with its stack trace, and callers see it unwrapped.
 */
@ApplicationException(rollback = true)
public class InvalidArguments extends ConstraintViolationException {

    private static final long serialVersionUID = 1L;

    public InvalidArguments(Set<? extends ConstraintViolation<?>> violations) {
        super(violations);
    }
}
