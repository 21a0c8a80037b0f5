package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the entry of a call that succeeded once its transaction has ended (X2): as it is when the transaction
 * committed, as FAILED ("rolled back") when it did not, so no SUCCESS stands for a change that never happened.
 * Outside a transaction the entry is written at once.
 * <p>
 * The caller waits for the entry (the appender writes it on a thread of its own: Payara cannot start a
 * transaction on the thread whose transaction is just completing). An entry that cannot be written (the database
 * went away just after the commit) is tried again in the background, every few seconds up to ten seconds apart,
 * until it is written, so an outage loses no entry; only if the server stops before then is it lost, and logged.
 */
@ApplicationScoped
public class AuditAfterCommit {

    private static final Logger LOG = Logger.getLogger(AuditAfterCommit.class.getName());
    private static final long MOST_SECONDS_APART = 10;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedScheduledExecutorService retries;

    @Inject
    AuditAppender appender;

    public void append(EntryDraft entry) {
        switch (transactions.getTransactionStatus()) {
            case Status.STATUS_ACTIVE -> transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the entry waits for the outcome
                }

                @Override
                public void afterCompletion(int status) {
                    appendApart(status == Status.STATUS_COMMITTED ? entry : entry.rolledBack());
                }
            });
            case Status.STATUS_MARKED_ROLLBACK -> appender.append(entry.rolledBack());
            default -> appender.append(entry);
        }
    }

    private void appendApart(EntryDraft entry) {
        try {
            appender.append(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit entry " + entry + " could not be written yet; trying again", e);
            tryAgainLater(entry, 1);
        }
    }

    private void tryAgainLater(EntryDraft entry, int attempt) {
        try {
            retries.schedule(() -> {
                try {
                    appender.append(entry);
                    LOG.info(() -> "The audit entry " + entry + " was written at attempt " + (attempt + 1));
                } catch (RuntimeException e) {
                    tryAgainLater(entry, attempt + 1);
                }
            }, Math.min(MOST_SECONDS_APART, 1L << Math.min(attempt, 5)), TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            lost(entry, e);
        }
    }

    private static void lost(EntryDraft entry, Exception cause) {
        LOG.log(Level.SEVERE, "The audit entry " + entry + " could not be written", cause);
    }
}
