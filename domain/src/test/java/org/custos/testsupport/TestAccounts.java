package org.custos.testsupport;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;

/** Accounts a test names (handlers, approved users, linked members of staff), enabled, each holding one role. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** The account {@code username} with {@code role}, opened unless it already exists. */
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
}
