package org.custos.web.shell;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * A request that failed because the database could not be reached (stopped, restarting, the network down): the user
 * is told to try again in a minute, not shown the error page, and a form keeps what was typed. The connection pool
 * validates each connection it lends and drops them all at the first dead one (README, deployment guide, step 4), so
 * requests succeed again as soon as the database is back, with no restart.
 */
public final class DatabaseUnavailable {

    /** What the user reads: the one sentence for every page, the login and the error page. */
    public static final String TRY_AGAIN = "Custos cannot reach its database just now. Nothing you had saved is lost."
            + " Try again in a minute.";

    /**
     * SQL states of a database that is gone or going, not of a statement that went wrong: connection exceptions (class
     * 08), the server shutting down or starting (57P01-57P03), too many connections (53300).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ResourceException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
