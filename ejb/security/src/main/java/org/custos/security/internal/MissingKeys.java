package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.EncryptedColumns.Column;

/**
 * A key file missing from the data directory over a database that needs it (X3, X2, issue 20): Custos makes a data
 * key and an audit key at its first start, into the data directory; made again over a database that already holds
 * values encrypted under the old data key, or audit entries chained under the old audit key, the new key would turn
 * every such value into "altered outside Custos" and the whole chain into a broken one, and values recorded from then
 * on would be under a key the backups do not hold. So a new key is made only over a database with nothing under the
 * old one; otherwise the start fails, the log saying which file is missing and what to restore (README, "Backup and
 * restore"). It reads the database with plain SQL before the schema is migrated, so a table or column the schema
 * does not have yet counts as empty.
 */
@ApplicationScoped
public class MissingKeys {

    private static final Logger LOG = Logger.getLogger(MissingKeys.class.getName());
    private static final String RESTORE = " Restore the data directory's key files from the backup taken with this"
            + " database (README, \"Backup and restore\": ./restore.sh unpacks them into CUSTOS_DATA_DIR; with ./run.sh"
            + " they are in <data>/app), or give the keys in %s, then start Custos again. Custos makes no new key over"
            + " a database that needs the old one: the data would read as altered outside Custos.";
    static final String AUDIT_TABLE = "sec_audit_entry";

    @Resource(lookup = "jdbc/custos")
    DataSource dataSource;

    /**
     * Before a new data key is made into {@code file}: refuses when any encrypted column holds a value.
     *
     * @throws IllegalStateException naming the missing file, how many values need it, and what to restore
     */
    void beforeNewDataKey(Path file) {
        long values = 0;
        String first = null;
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : EncryptedColumns.ALL) {
                long here = count(connection, column.table(), column.name());
                if (here > 0 && first == null) {
                    first = column.table() + "." + column.name();
                }
                values += here;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Custos cannot check whether the database holds encrypted values before"
                    + " making a new data key into " + file + "; it makes none", e);
        }
        if (values > 0) {
            refuse("Custos does not start: the data key file " + file + " is missing, but the database holds "
                    + values + " values encrypted under the data keys (" + first + " among them)."
                    + String.format(RESTORE, "CUSTOS_DATA_KEYS"));
        }
    }

    /**
     * Before a new audit key is made into {@code file}: refuses when the audit chain has entries.
     *
     * @throws IllegalStateException naming the missing file, how many entries need it, and what to restore
     */
    void beforeNewAuditKey(Path file) {
        long entries;
        try (Connection connection = dataSource.getConnection()) {
            entries = count(connection, AUDIT_TABLE, "position");
        } catch (SQLException e) {
            throw new IllegalStateException("Custos cannot check whether the database holds audit entries before"
                    + " making a new audit key into " + file + "; it makes none", e);
        }
        if (entries > 0) {
            refuse("Custos does not start: the audit key file " + file + " is missing, but the audit chain in the"
                    + " database has " + entries + " entries made under it." + String.format(RESTORE,
                    "CUSTOS_AUDIT_KEY"));
        }
    }

    private static void refuse(String message) {
        LOG.severe(message);
        throw new IllegalStateException(message);
    }

    /** The values in a column; 0 when the schema does not have the column yet (a database not migrated so far). */
    private static long count(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select count(*) from information_schema.columns"
                + " where lower(table_name) = ? and lower(column_name) = ?")) {
            exists.setString(1, table.toLowerCase(java.util.Locale.ROOT));
            exists.setString(2, column.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next() || row.getLong(1) == 0) {
                    return 0;
                }
            }
        }
        try (PreparedStatement values = connection.prepareStatement("select count(*) from " + table + " where "
                + column + " is not null"); ResultSet row = values.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
