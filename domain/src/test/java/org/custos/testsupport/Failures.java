package org.custos.testsupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.stream.Collectors;

/** What a failure a facade threw was, whatever the container wrapped it in. */
public final class Failures {

    private Failures() {
    }

    /** Whether the failure or any of its causes is of the given type. */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The messages Bean Validation refused the call with; fails the test if it did not refuse it. */
    public static Set<String> violations(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                        .collect(Collectors.toSet());
            }
        }
        throw new AssertionError("not refused by Bean Validation", failure);
    }
}
