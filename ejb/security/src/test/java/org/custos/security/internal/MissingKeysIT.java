package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.custos.domain.Schema;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.KeyRing;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start with an empty data directory (X3, X2, issue 20): over a new database Custos makes its data key and audit
 * key; over a database that holds values encrypted under the old data key, or an audit chain under the old audit key,
 * it makes none and the start fails, naming the missing file and what to restore. Real PostgreSQL, the real schema
 * (all migrations), the start's own code ({@link DataKeyConfiguration#install()}) outside a server.
 */
class MissingKeysIT {

    @TempDir
    Path data;

    private DataSource database;

    @BeforeEach
    void aMigratedDatabase() {
        database = TestPostgres.freshDatabase("missing_keys");
        DataKeys.install(new KeyRing("k1", java.util.Map.of("k1", KeyRing.newKey())));
        Schema.migrate(database, LocalDate.of(2026, 12, 7));
    }

    @Test
    void aNewDatabaseGetsNewKeysAtTheFirstStart_X3() {
        start(data);
        assertTrue(Files.exists(data.resolve(DataKeyConfiguration.FILE)), "the data key file made");
        assertTrue(Files.exists(data.resolve(AuditKey.FILE)), "the audit key file made");
    }

    @Test
    void noNewDataKeyOverEncryptedValues_X3() throws Exception {
        start(data);
        encryptedSecondFactor();
        Path empty = Files.createDirectory(data.resolve("lost"));
        Files.copy(data.resolve(AuditKey.FILE), empty.resolve(AuditKey.FILE));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> start(empty));

        assertTrue(refused.getMessage().contains("the data key file " + empty.resolve(DataKeyConfiguration.FILE)
                + " is missing, but the database holds 1 values encrypted"), refused.getMessage());
        assertTrue(refused.getMessage().contains("README, \"Backup and restore\""), refused.getMessage());
        assertTrue(refused.getMessage().contains("CUSTOS_DATA_KEYS"), refused.getMessage());
        assertFalse(Files.exists(empty.resolve(DataKeyConfiguration.FILE)), "no new data key made");
    }

    @Test
    void noNewAuditKeyOverAnAuditChain_X2() throws Exception {
        start(data);
        Sql.execute(database, "insert into sec_audit_entry (position, version, occurred_at, actor, action, outcome,"
                + " previous_mac, mac) values (1, 0, current_timestamp, 'admin', 'LOGIN', 'SUCCESS', ?, ?)",
                "0".repeat(64), "1".repeat(64));
        Path empty = Files.createDirectory(data.resolve("lost"));
        Files.copy(data.resolve(DataKeyConfiguration.FILE), empty.resolve(DataKeyConfiguration.FILE));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> start(empty));

        assertTrue(refused.getMessage().contains("the audit key file " + empty.resolve(AuditKey.FILE)
                + " is missing, but the audit chain in the database has 1 entries"), refused.getMessage());
        assertTrue(refused.getMessage().contains("CUSTOS_AUDIT_KEY"), refused.getMessage());
        assertFalse(Files.exists(empty.resolve(AuditKey.FILE)), "no new audit key made");
    }

    @Test
    void theKeysRestoredWithTheDatabaseStart_X3() throws Exception {
        start(data);
        encryptedSecondFactor();
        String ring = Files.readString(data.resolve(DataKeyConfiguration.FILE));

        start(data);

        assertEquals(ring, Files.readString(data.resolve(DataKeyConfiguration.FILE)), "the same keys, none made");
        assertEquals("k1", DataKeys.ring().currentId());
    }

    @Test
    void aDatabaseNotYetMigratedCountsAsEmpty_X3() throws IOException {
        database = TestPostgres.freshDatabase("missing_keys");
        Path fresh = Files.createDirectory(data.resolve("fresh"));

        start(fresh);

        assertTrue(Files.exists(fresh.resolve(DataKeyConfiguration.FILE)), "the data key file made");
    }

    /** The start's key installation, as the server runs it, over {@link #database} with {@code directory}. */
    private void start(Path directory) {
        MissingKeys missing = new MissingKeys();
        missing.dataSource = database;
        DataDirectory dataDirectory = new DataDirectory();
        dataDirectory.configured = Optional.of(directory.toString());
        AuditKey auditKey = new AuditKey();
        auditKey.configured = Optional.empty();
        auditKey.dataDirectory = dataDirectory;
        auditKey.missingKeys = missing;
        DataKeyConfiguration keys = new DataKeyConfiguration();
        keys.configured = Optional.empty();
        keys.dataDirectory = dataDirectory;
        keys.missingKeys = missing;
        keys.auditKey = auditKey;
        keys.install();
    }

    private void encryptedSecondFactor() throws Exception {
        Sql.execute(database, "insert into sec_account (id, version, username, display_name, password_hash, enabled,"
                + " sessions_valid_from, created_at) values (7, 0, 'x', 'X', 'h', true, current_timestamp,"
                + " current_timestamp)");
        Sql.execute(database, "insert into sec_second_factor (account_id, version, secret, enabled_at, last_step)"
                + " values (7, 0, ?, current_timestamp, 0)",
                EncryptedColumns.SECOND_FACTOR_SECRET.seal("JBSWY3DPEHPK3PXP", 7).toString());
    }
}
