package org.custos.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import org.custos.security.api.SystemChecks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Custos's checks at Payara's {@code /health/ready} and {@code /health/live}. They are made here, in the web module,
 * because Payara finds health checks only in a web module's beans; the security module does the checking
 * ({@link SystemChecks}). Each answer says in its data what was checked and what was found, in plain words: never a
 * person's data, a key, a path or a stack trace, as the endpoint needs no login.
 */
@ApplicationScoped
public class HealthChecks {

    static final String NO_DEADLOCK = "no-deadlock";

    @Inject
    SystemChecks checks;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> answer(checks.database());
    }

    @Produces
    @Readiness
    HealthCheck dataKeys() {
        return () -> answer(checks.dataKeys());
    }

    @Produces
    @Readiness
    HealthCheck auditKey() {
        return () -> answer(checks.auditKey());
    }

    @Produces
    @Readiness
    HealthCheck dataDirectorySpace() {
        return () -> answer(checks.dataDirectorySpace());
    }

    /**
     * Alive while no threads are deadlocked: threads waiting on each other for ever never serve again, and only a
     * restart frees them. Whatever a restart does not cure (database, disk, keys) is readiness.
     */
    @Produces
    @Liveness
    HealthCheck noDeadlock() {
        return () -> {
            long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
            return answer(new SystemChecks.Result(NO_DEADLOCK, deadlocked == null,
                    "no threads of the server wait on each other for ever (only a restart frees them)",
                    deadlocked == null ? "none" : deadlocked.length + " threads deadlocked; a thread dump (asadmin "
                            + "generate-jvm-report --type=thread) shows where"));
        };
    }

    private static HealthCheckResponse answer(SystemChecks.Result result) {
        return HealthCheckResponse.named(result.name()).status(result.up()).withData("checked", result.checked())
                .withData("found", result.found()).build();
    }
}
