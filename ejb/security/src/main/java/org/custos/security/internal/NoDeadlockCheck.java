package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while no threads are deadlocked: threads waiting on each other for ever never serve again, and only a
 * restart frees them. Everything a restart does not cure (database, disk, keys) is readiness.
 */
@Liveness
@ApplicationScoped
public class NoDeadlockCheck implements HealthCheck {

    static final String NAME = "no-deadlock";
    private static final String CHECKED = "no threads of the server wait on each other for ever (a restart frees "
            + "them)";

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        return deadlocked == null ? CheckAnswer.of(NAME, true, CHECKED, "none")
                : CheckAnswer.of(NAME, false, CHECKED, deadlocked.length + " threads deadlocked; the thread dump "
                        + "(asadmin generate-jvm-report --type=thread) shows where");
    }
}
