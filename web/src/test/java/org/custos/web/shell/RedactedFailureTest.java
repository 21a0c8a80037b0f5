package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RedactedFailureTest {

    private static String logged(Throwable failure) {
        StringWriter log = new StringWriter();
        RedactedFailure.of(failure).printStackTrace(new PrintWriter(log));
        return log.toString();
    }

    @Test
    void theLogKeepsEachExceptionsClassAndStackButNotItsMessage() {
        IllegalStateException failure = new IllegalStateException("Could not save Ann Smith",
                new SQLException("Key (email)=(ann.smith@example.org) already exists"));

        String log = logged(failure);

        assertTrue(log.startsWith("java.lang.IllegalStateException (message withheld)\n\tat org.custos.web.shell"
                + ".RedactedFailureTest.theLogKeepsEachExceptionsClassAndStackButNotItsMessage"), log);
        assertTrue(log.contains("Caused by: java.sql.SQLException (message withheld)"), log);
        assertFalse(log.contains("Ann Smith"), log);
        assertFalse(log.contains("ann.smith@example.org"), log);
    }

    @Test
    void noFailureIsNoneRedacted() {
        assertNull(RedactedFailure.of(null));
    }
}
