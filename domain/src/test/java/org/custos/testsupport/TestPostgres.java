package org.custos.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL 16 (zonky, binaries from Maven Central) per test JVM, bound to 127.0.0.1.
 *
 * <p>The port comes from the system property {@value #PORT_PROPERTY}, which the build reserves
 * (build-helper {@code reserve-network-port}) and also writes into Payara Micro's data-source command
 * file; without it (a test started from an IDE) PostgreSQL takes any free port. Every start is a new,
 * empty cluster, so each module's test JVM gets a clean database {@value #DATABASE} owned by
 * {@value #USER}. {@link #start()} is idempotent; a shutdown hook stops the server.
 */
public final class TestPostgres {

    /** System property with the port to listen on; when set, the test JVM starts PostgreSQL before any test. */
    public static final String PORT_PROPERTY = "custos.test.pg.port";
    /** The application's database, as the {@code jdbc/custos} pool in Payara Micro sees it. */
    public static final String DATABASE = "custos";
    public static final String USER = "custos";
    public static final String PASSWORD = "custos";

    private static final Logger LOG = Logger.getLogger(TestPostgres.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static EmbeddedPostgres server;
    private static boolean stopAtExit;
    private static List<String> stoppedLine;

    private TestPostgres() {
    }

    /** True when the build asked for PostgreSQL in this JVM (integration tests). */
    public static boolean requested() {
        return System.getProperty(PORT_PROPERTY) != null;
    }

    /** Starts the server and creates the database {@value #DATABASE}, unless already done in this JVM. */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        int port = Integer.getInteger(PORT_PROPERTY, 0);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port, e);
        }
        if (!stopAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "custos-test-postgres-stop"));
            stopAtExit = true;
        }
        execute(server.getPostgresDatabase(),
                "create role " + USER + " login password '" + PASSWORD + "'",
                "create database " + DATABASE + " owner " + USER);
        LOG.info(() -> "Embedded PostgreSQL listens on 127.0.0.1:" + server.getPort() + ", database " + DATABASE);
    }

    /** Stops the server (the shutdown hook does this at the end of the JVM). */
    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    /**
     * Stops the server as a database administrator would (a fast shutdown: sessions ended, open transactions rolled
     * back), keeping its data, for a test of an outage; {@link #startAgain()} brings it back on the same port.
     * Returns the postmaster's command line, which {@link #startAgain()} runs again.
     */
    public static synchronized List<String> stopKeepingData() {
        ProcessHandle postmaster = postmaster();
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("unshare", "-U"));   // as zonky does: PostgreSQL refuses to run as root
        }
        line.add(postmaster.info().command().orElseThrow());
        line.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        run("kill", "-INT", Long.toString(postmaster.pid()));
        postmaster.onExit().join();
        stoppedLine = line;
        return line;
    }

    /** Starts the server stopped by {@link #stopKeepingData()} again, and returns once it accepts connections. */
    public static synchronized void startAgain() {
        try {
            Path log = Files.createTempFile("custos-postgres-restart", ".log");
            new ProcessBuilder(stoppedLine).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int tries = 0; tries < 600; tries++) {
            try (Connection connection = dataSource().getConnection()) {
                return;
            } catch (SQLException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("PostgreSQL did not start again");
    }

    private static ProcessHandle postmaster() {
        String port = Integer.toString(port());
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().filter(command -> command.endsWith("/postgres")).isPresent())
                .filter(process -> process.parent().map(parent -> !parent.info().command()
                        .filter(command -> command.endsWith("/postgres")).isPresent()).orElse(true))
                .filter(process -> List.of(process.info().arguments().orElse(new String[0])).contains(port))
                .findFirst().orElseThrow(() -> new IllegalStateException("No postmaster listening on " + port));
    }

    private static void run(String... command) {
        try {
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static synchronized int port() {
        start();
        return server.getPort();
    }

    /** The URL of the database {@value #DATABASE}. */
    public static String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The database {@value #DATABASE}, as user {@value #USER}. */
    public static DataSource dataSource() {
        return dataSource(DATABASE);
    }

    /**
     * Drops and creates a database of this name owned by {@value #USER}: for a test that must not share
     * {@value #DATABASE} with others.
     */
    public static DataSource freshDatabase(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        start();
        execute(server.getPostgresDatabase(),
                "drop database if exists " + name + " with (force)",
                "create database " + name + " owner " + USER);
        return dataSource(name);
    }

    /** Runs statements as the server's superuser, as a database administrator does (roles, databases). */
    public static void asSuperuser(String... statements) {
        start();
        execute(server.getPostgresDatabase(), statements);
    }

    private static DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port()});
        dataSource.setDatabaseName(database);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    private static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the test database", e);
        }
    }
}
