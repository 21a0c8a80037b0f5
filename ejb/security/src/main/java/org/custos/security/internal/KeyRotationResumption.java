package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.crypto.DataKeys;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * Resumes at the server's start a re-encryption under the current data key that a crash (or a stop) cut short (X3):
 * the administrator started it ({@link RotationRecord}) and it is not finished. One server at a time, holding the
 * rotation's lease and renewing it before each batch; the batches are the administrator's ({@link RotationBatch}),
 * each committed on its own, so a second cut loses at most one batch again. When nothing is left under an older key
 * the rotation is finished and audited (DATA_KEYS_ROTATED, SUCCESS), the entry saying that the server finished it
 * after a restart and naming the administrator who started it.
 * <p>
 * {@code @PermitAll} on purpose, like the retention carrier: no one is signed in at the start, the administrator's
 * role was checked when the re-encryption started, and this only carries that on; it takes no argument. Chosen over
 * a run-as role, which would need a principal mapped on each kind of server. Internal: the web module cannot reach it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotationResumption {

    private static final Logger LOG = Logger.getLogger(KeyRotationResumption.class.getName());

    @Inject
    RotationRecord record;

    @Inject
    RotationBatch batch;

    @Inject
    AuditAfterCommit audit;

    @Inject
    Principal caller;

    @Asynchronous
    public void resume() {
        String key = DataKeys.ring().currentId();
        Optional<String> startedBy = record.leftRunning(key);
        if (startedBy.isEmpty()) {
            return;
        }
        String holder = RotationRecord.newHolder();
        if (!record.take(key, holder)) {
            LOG.info("Data keys: the re-encryption under " + key + " is carried on by another server");
            return;
        }
        LOG.info("Data keys: resuming the re-encryption under " + key + " cut short when the server stopped");
        long reencrypted = 0;
        try {
            while (record.renew(key, holder)) {
                int done = batch.nextLeftRunning();
                reencrypted += done;
                if (done == 0) {
                    break;
                }
            }
            if (batch.remainingLeftRunning() == 0) {
                record.finished(key);
                audit.append(new EntryDraft(caller.getName(), AuditAction.DATA_KEYS_ROTATED, null, "DataKey", key,
                        null, AuditOutcome.SUCCESS, "Re-encryption under key " + key + " finished by the server after"
                        + " a restart: " + reencrypted + " values re-encrypted; started by " + startedBy.get(),
                        List.of()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Data keys: resuming the re-encryption under " + key + " stopped after "
                    + reencrypted + " values; the administrator re-encrypts again from the Data keys page", e);
        } finally {
            record.release(key, holder);
        }
    }
}
