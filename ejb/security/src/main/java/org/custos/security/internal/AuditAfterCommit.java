package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the entry of a call that succeeded once its transaction has ended (X2): as it is when the transaction
 * committed, as FAILED ("rolled back") when it did not, so no SUCCESS stands for a change that never happened.
 * Outside a transaction the entry is written at once.
 * <p>
 * The caller waits for the entry (the appender writes it on a thread of its own: Payara cannot start a
 * transaction on the thread whose transaction is just completing). Should the server stop between the commit and
 * the entry, the entry is lost; an entry that cannot be written is logged.
 */
@ApplicationScoped
public class AuditAfterCommit {

    private static final Logger LOG = Logger.getLogger(AuditAfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

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
            lost(entry, e);
        }
    }

    private static void lost(EntryDraft entry, Exception cause) {
        LOG.log(Level.SEVERE, "The audit entry " + entry + " could not be written", cause);
    }
}
