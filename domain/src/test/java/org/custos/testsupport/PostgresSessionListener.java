package org.custos.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts {@link TestPostgres} when the JUnit Platform session opens, before any test class is discovered
 * or any Arquillian deployment is made, but only in JVMs where the build set
 * {@value TestPostgres#PORT_PROPERTY} (failsafe), so plain unit tests never start it. Registered through
 * {@code META-INF/services} in the domain test-jar.
 */
public class PostgresSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestPostgres.requested()) {
            TestPostgres.start();
        }
    }
}
