package org.custos.protection.retention.internal;

import org.custos.domain.protection.RetentionRun;

/** Where a run and each of its contexts stand, in the words the DPM reads (R6). */
final class RunWords {

    static final String NIGHTLY = "nightly";

    private RunWords() {
    }

    /** The run's state; a run still marked running whose lease ran out has lost its server. */
    static String run(RetentionRun.State state, boolean leaseLive) {
        return switch (state) {
            case RUNNING -> leaseLive ? "Running"
                    : "Stopped: the server running it stopped before it finished; the next run starts over";
            case FINISHED -> "Finished";
            case INTERRUPTED -> "Interrupted: its server stopped before it finished, and a later run started over";
            case FAILED -> "Failed: it stopped on an error, see the server's log; the next run starts over";
        };
    }

    /** Who started a run, in words. */
    static String startedBy(String startedBy) {
        return NIGHTLY.equals(startedBy) ? "the nightly timer" : startedBy;
    }

    /** One context of a run: done (what it found), failed (why), or not asked yet. */
    static String context(int found, int queued, boolean finished, String failure, boolean runGoesOn) {
        if (failure != null) {
            return "Could not be asked: " + failure;
        }
        if (!finished) {
            return runGoesOn ? "Waiting to be asked" : "Not asked: the run stopped first";
        }
        if (found == 0) {
            return "Nothing due";
        }
        return count(found, "record") + " due, " + (queued == 0 ? "none new in the queue"
                : queued + " new in the queue");
    }

    static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /** Why a context could not be asked: the innermost message of the failure, or its kind. */
    static String failure(Throwable failure) {
        Throwable cause = failure;
        String message = null;
        while (cause != null) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        return message == null ? "an unexpected error (" + failure.getClass().getSimpleName()
                + "), see the server's log" : message;
    }
}
