package org.custos.protection.retention.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Starts a retention run (R6), from the DPM's "run now" or the nightly timer alike: takes the lease, records the run
 * and sets its work going in the background. Without the lease (a run is going on, here or on another server)
 * nothing starts.
 */
@Dependent
public class RetentionRunner {

    @Inject
    RetentionLease lease;

    @Inject
    RunSteps steps;

    @Inject
    RunWork work;

    /** The new run's id, or empty when another run holds the lease. */
    public Optional<Long> start(String startedBy) {
        String holder = RetentionLease.newHolder();
        if (!lease.take(holder)) {
            return Optional.empty();
        }
        long runId;
        try {
            runId = steps.begin(holder, startedBy);
        } catch (RuntimeException e) {
            lease.release(holder);
            throw e;
        }
        work.carryOut(runId, holder);
        return Optional.of(runId);
    }
}
