package org.custos.domain;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java because it needs the application's own rules on rows already stored (SQL alone cannot
 * fold accents or encrypt), named by its version and description rather than by Flyway's class-name convention.
 */
abstract class DataMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    DataMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
