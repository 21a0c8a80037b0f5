package org.custos.staff.internal;

import org.custos.domain.crypto.AlteredValue;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.RecordAltered;
import org.custos.security.api.RequestRefused;

/** Why a hire's staff file did not open, in words HR can act on (R2: a failure is shown, never lost). */
final class OpeningFailure {

    static final String ALTERED = "The final offer's bank details cannot be read: they were altered outside Custos. "
            + "Have them put right, then retry.";
    static final String UNEXPECTED = "The staff file could not be opened because of an unexpected error. Retry; if "
            + "it happens again, tell the administrator.";

    private OpeningFailure() {
    }

    /** The reason for {@code failure}, found among its causes (the container wraps what a bean throws). */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AlteredValue || cause instanceof RecordAltered) {
                return ALTERED;
            }
            if (cause instanceof RequestRefused || cause instanceof AccessRefused) {
                return cause.getMessage();
            }
        }
        return UNEXPECTED;
    }
}
