package org.custos.benchmarks;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The accounts the HTTP journeys log in with (HR's, the DPM's and a hiring manager's), put straight into the
 * database: through the application, a role that sees personal data waits for the DPM's confirmation (X6). The
 * password hash has the form and parameters of the application's own (Jakarta Security's PBKDF2 hash: {@code algorithm:iterations:salt:hash}, base64).
 */
final class BenchAccount {

    static final String HR = "bench-hr";
    static final String DPM = "bench-dpm";
    static final String HIRING_MANAGER = "bench-hm";
    static final String PASSWORD = "quartz-lantern-harbour-1313";

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int ITERATIONS = 210_000;

    private BenchAccount() {
    }

    /** {@code role}: the name of one of the application's roles. */
    static void create(Database database, String username, String role) throws SQLException {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            long id;
            // the application takes the ids below this one (its sequence hands out blocks ending at the value)
            try (ResultSet next = statement.executeQuery("select nextval('sec_account_seq')")) {
                next.next();
                id = next.getLong(1);
            }
            LocalDateTime now = LocalDateTime.now();
            try (PreparedStatement account = connection.prepareStatement("insert into sec_account (id, version,"
                    + " username, display_name, password_hash, enabled, sessions_valid_from, created_at,"
                    + " password_change_due) values (?, 0, ?, ?, ?, true, ?, ?, false)");
                    PreparedStatement roleRow = connection.prepareStatement(
                            "insert into sec_account_role (account_id, role) values (?, ?)")) {
                account.setLong(1, id);
                account.setString(2, username);
                account.setString(3, "Benchmark " + role);
                account.setString(4, hash(PASSWORD));
                account.setObject(5, now.minusDays(1));
                account.setObject(6, now.minusDays(1));
                account.executeUpdate();
                roleRow.setLong(1, id);
                roleRow.setString(2, role);
                roleRow.executeUpdate();
            }
        }
    }

    private static String hash(String password) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
