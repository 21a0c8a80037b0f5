package org.custos.protection.retention.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.protection.RetentionRun;

/**
 * A retention run's work in the background (R6), so that starting it returns at once: each context in turn, the lease
 * renewed before each; a context that fails is recorded with why and the run goes on to the next. A run that lost its
 * lease (it ran out and another run took it over) stops where it is; the lease is freed at the end.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunWork {

    private static final Logger LOG = Logger.getLogger(RunWork.class.getName());

    @Inject
    RetentionLease lease;

    @Inject
    RunSteps steps;

    @Asynchronous
    public void carryOut(long runId, String leaseHolder) {
        try {
            for (String context : steps.contexts(runId)) {
                if (!lease.renew(leaseHolder)) {
                    LOG.warning(() -> "Retention run " + runId + " lost its lease before " + context
                            + ": another run took over.");
                    return;
                }
                try {
                    steps.ask(runId, context);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Retention run " + runId + " could not ask " + context, e);
                    steps.failed(runId, context, RunWords.failure(e));
                }
            }
            steps.end(runId, RetentionRun.State.FINISHED);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Retention run " + runId + " failed", e);
            steps.end(runId, RetentionRun.State.FAILED);
        } finally {
            lease.release(leaseHolder);
        }
    }
}
