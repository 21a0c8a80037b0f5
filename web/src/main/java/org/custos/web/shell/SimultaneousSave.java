package org.custos.web.shell;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * A save that lost a race: two users saved the same record at the same moment, both past the facade's check of the
 * version they saw ({@code ConcurrentChange}), and the database kept the first (the row's version had moved on when
 * the second was written, or a row that must be unique had just been added). The second user is told so in words and
 * keeps the form as typed, as for a change made a minute earlier, instead of the error page (issue 20, concurrent
 * edits: nothing turned such a failure into words before).
 */
final class SimultaneousSave {

    /** What the user reads. */
    static final String MESSAGE = "Someone else saved a change to the same record at the same moment. Nothing of"
            + " yours was saved: reload it to see their change, then make yours again.";

    /** PostgreSQL's and H2's SQL state of a unique constraint broken by the row being written. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SimultaneousSave() {
    }

    /** Whether {@code failure}, or anything that caused it, is such a lost race. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
