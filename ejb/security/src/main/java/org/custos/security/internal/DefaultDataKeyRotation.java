package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.DataKeyRotation;
import org.custos.security.api.RotationProgress;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultDataKeyRotation implements DataKeyRotation {

    @Inject
    DataKeyConfiguration keys;

    @Inject
    RotationBatch batch;

    @Inject
    Clock clock;

    @Inject
    RotationRecord record;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.DATA_KEY_ADDED, record = "DataKey")
    public String addKey() {
        String id = "k" + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        return keys.addKey(id).currentId();
    }

    @Override
    @Audited(value = AuditAction.DATA_KEYS_ROTATED, record = "DataKey")
    public RotationProgress rotate(int batches) {
        String key = DataKeys.ring().currentId();
        // noted before the first batch, so that a crash from here on leaves it to resume at the start
        record.started(key, caller.getName());
        long reencrypted = 0;
        for (int i = 0; i < batches; i++) {
            int done = batch.next();
            reencrypted += done;
            if (done == 0) {
                break;
            }
        }
        long remaining = batch.remaining();
        if (remaining == 0) {
            record.finished(key);
        }
        return new RotationProgress(key, reencrypted, remaining);
    }

    @Override
    @Audited(record = "DataKey")
    public RotationProgress progress() {
        return new RotationProgress(DataKeys.ring().currentId(), 0, batch.remaining());
    }
}
