package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.custos.security.api.SystemChecks.Result;

/** Ready while the database answers {@code select 1} through the application's pool within a few seconds. */
@Dependent
class DatabaseCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    static final String NAME = "database";
    static final int TIMEOUT_SECONDS = 5;
    private static final String CHECKED = "the database answers a query through the connection pool jdbc/custos "
            + "within " + TIMEOUT_SECONDS + " seconds";

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    Result call() {
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            query.execute("select 1");
            return new Result(NAME, true, CHECKED, "it answered");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The readiness check found the database not answering", e);
            return new Result(NAME, false, CHECKED, "it did not answer; the server log says why");
        }
    }
}
