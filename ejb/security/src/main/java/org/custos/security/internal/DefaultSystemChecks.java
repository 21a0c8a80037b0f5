package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.custos.security.api.SystemChecks;

/** The readiness checks, each in its own class. */
@ApplicationScoped
public class DefaultSystemChecks implements SystemChecks {

    @Inject
    DatabaseCheck database;

    @Inject
    DataKeysCheck dataKeys;

    @Inject
    AuditKeyCheck auditKey;

    @Inject
    DataDirectorySpaceCheck dataDirectorySpace;

    @Override
    public Result database() {
        return database.call();
    }

    @Override
    public Result dataKeys() {
        return dataKeys.call();
    }

    @Override
    public Result auditKey() {
        return auditKey.call();
    }

    @Override
    public Result dataDirectorySpace() {
        return dataDirectorySpace.call();
    }
}
