package org.custos.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.custos.domain.Schema;
import org.custos.testsupport.TestPostgres;
import org.h2.jdbcx.JdbcDataSource;

/** A database the register is seeded into and read from, with the application's schema. */
record Database(String name, DataSource dataSource, BulkLoad bulk, boolean embeddedFile) {

    /** The embedded PostgreSQL 16 of the tests, database {@code custos}, as the Payara domain's pool sees it. */
    static Database postgres() {
        TestPostgres.start();
        return migrated(new Database("PostgreSQL 16 (embedded)", TestPostgres.dataSource(), new PostgresCopy(), false));
    }

    /** The user of {@code run.sh}'s H2 database. */
    static final String H2_USER = "custos";
    static final String H2_PASSWORD = "custos";

    /**
     * A new H2 file database in PostgreSQL mode, opened as {@code run.sh} opens its own. Reusing a query's
     * result is switched off ({@code OPTIMIZE_REUSE_RESULTS}), so that repeated raw reads are executed, not
     * answered from H2's cache. It stays open until {@link #close()} ({@code DB_CLOSE_DELAY=-1}): closed by its
     * last connection and opened again by the next, the file once came back without the later migrations' tables.
     */
    static Database h2(Path directory) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("custos") + ";" + H2Resources.urlOptions()
                + ";OPTIMIZE_REUSE_RESULTS=FALSE;DB_CLOSE_DELAY=-1");
        dataSource.setUser(H2_USER);
        dataSource.setPassword(H2_PASSWORD);
        return migrated(new Database("H2 2.2 (file, PostgreSQL mode)", dataSource, new H2Batches(), true));
    }

    private static Database migrated(Database database) {
        Schema.migrate(database.dataSource, LocalDate.now());
        return database;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Closes an embedded file database in this JVM, written whole, so that another process can open it. */
    void close() throws SQLException {
        if (!embeddedFile) {
            return;
        }
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }
}
