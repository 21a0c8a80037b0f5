package org.custos.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 23: indexes for the register's search at the size of a real register (issue 13). The orders the
 * search lists people in (by name, by date of birth, each ending on the id) and the category filter are read
 * from indexes on PostgreSQL and H2 alike, so a page is read without sorting the whole table. On PostgreSQL the
 * folded names and the emails, which are searched anywhere in the text, also get trigram indexes (pg_trgm, in
 * PostgreSQL's contrib); where the extension cannot be installed the search still works, by scanning, and a
 * warning says so. H2 has no such index: it scans.
 */
final class SearchIndexes implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23");
    }

    @Override
    public String getDescription() {
        return "search indexes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index core_data_subject_name_order_idx"
                    + " on core_data_subject (family_name, given_names, id)");
            ddl.execute("create index core_data_subject_birth_order_idx on core_data_subject (date_of_birth, id)");
            ddl.execute("create index core_subject_category_idx on core_subject_category (category, subject_id)");
        }
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            trigrams(connection);
        }
    }

    private static void trigrams(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create extension if not exists pg_trgm");
            ddl.execute("create index core_data_subject_search_trgm_idx"
                    + " on core_data_subject using gin (search_name gin_trgm_ops)");
            ddl.execute("create index core_subject_email_trgm_idx on core_subject_email using gin (email gin_trgm_ops)");
            connection.releaseSavepoint(before);
        } catch (SQLException unavailable) {
            connection.rollback(before);
            LOG.warning(() -> "The pg_trgm extension could not be installed (" + unavailable.getMessage().strip()
                    + "): searching names and emails scans the register. Install PostgreSQL's contrib package"
                    + " and run \"create extension pg_trgm\" as the database owner, then create the indexes of"
                    + " migration 23 (org.custos.domain.SearchIndexes).");
        }
    }
}
