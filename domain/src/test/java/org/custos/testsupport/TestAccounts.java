package org.custos.testsupport;

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
import javax.sql.DataSource;
import org.custos.domain.shared.Role;

/**
 * Accounts a test names (handlers, approved users, linked members of staff), enabled, each holding one role, put
 * straight into the database: through the application, a role that sees personal data waits for the DPM's
 * confirmation (X6), which the tests of that rule go through.
 */
public final class TestAccounts {

    /** The form and parameters of the application's password hash (Jakarta Security's PBKDF2, base64). */
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int ITERATIONS = 210_000;

    private TestAccounts() {
    }

    /** The account {@code username} with {@code role}, opened unless it already exists; it cannot log in. */
    public static void ensure(DataSource database, String username, Role role) throws SQLException {
        if (!Sql.column(database, "select count(*) from sec_account where username = ?", username).get(0)
                .equals("0")) {
            return;
        }
        Sql.execute(database, "insert into sec_account (id, version, username, display_name, password_hash, enabled,"
                + " sessions_valid_from, created_at) select coalesce(max(id), 0) + 100000, 1, ?, ?, 'not-used', true,"
                + " current_timestamp, current_timestamp from sec_account", username, "Tester " + username);
        Sql.execute(database, "insert into sec_account_role (account_id, role) select id, ? from sec_account"
                + " where username = ?", role.name(), username);
    }

    /** A new account that logs in with {@code password}, as one opened a day ago and confirmed. */
    public static void open(DataSource database, String username, String displayName, Role role, String password)
            throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            long id;
            // the application takes the ids below this one (its sequence hands out blocks ending at the value)
            try (ResultSet next = statement.executeQuery("select nextval('sec_account_seq')")) {
                next.next();
                id = next.getLong(1);
            }
            LocalDateTime openedAt = LocalDateTime.now().minusDays(1);
            try (PreparedStatement account = connection.prepareStatement("insert into sec_account (id, version,"
                    + " username, display_name, password_hash, enabled, sessions_valid_from, created_at,"
                    + " password_change_due) values (?, 0, ?, ?, ?, true, ?, ?, false)");
                    PreparedStatement roleRow = connection.prepareStatement(
                            "insert into sec_account_role (account_id, role) values (?, ?)")) {
                account.setLong(1, id);
                account.setString(2, username);
                account.setString(3, displayName);
                account.setString(4, hash(password));
                account.setObject(5, openedAt);
                account.setObject(6, openedAt);
                account.executeUpdate();
                roleRow.setLong(1, id);
                roleRow.setString(2, role.name());
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
