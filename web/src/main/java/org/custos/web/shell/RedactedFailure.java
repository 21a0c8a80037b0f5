package org.custos.web.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure as the log keeps it: the class and the stack trace of each exception in its chain, never their
 * messages, which may quote what a user typed or a row of the database (a name, an email address).
 */
final class RedactedFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String type;

    private RedactedFailure(Throwable failure, RedactedFailure cause) {
        super(failure.getClass().getName(), cause, false, true);
        this.type = failure.getClass().getName();
        setStackTrace(failure.getStackTrace());
    }

    /** The failure and its causes, redacted; {@code null} for no failure. */
    static RedactedFailure of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable each = failure; each != null && !chain.contains(each); each = each.getCause()) {
            chain.add(each);
        }
        RedactedFailure redacted = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            redacted = new RedactedFailure(chain.get(i), redacted);
        }
        return redacted;
    }

    @Override
    public String toString() {
        return type + " (message withheld)";
    }
}
