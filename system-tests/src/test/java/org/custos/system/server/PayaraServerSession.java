package org.custos.system.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.custos.testsupport.TestPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A Payara Server domain for the system tests, set up like the run command's ({@code payara/restrict-new-domain.sh},
 * {@code payara/domain.asadmin})
 * but on the embedded PostgreSQL ({@code payara/postgres.asadmin}), with the first administrator from
 * configuration. It starts before the first test, once per JVM (the test runner may open several launcher
 * sessions), and stops when the JVM exits; Arquillian deploys into it. Only when the build asks for it
 * ({@code custos.test.payara.home}). The benchmarks start it the same way ({@link #startOnce()}) and deploy the
 * EAR as built ({@link #deploy(Path)}).
 */
public class PayaraServerSession implements LauncherSessionListener {

    public static final String ADMIN_USER = "system-admin";
    public static final String ADMIN_PASSWORD = "granite-orchard-2046";

    private static final Pattern FAILED = Pattern.compile("Command \\S+ failed|remote failure");

    private static Path asadmin;
    private static Path domains;
    private static int portBase;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        startOnce();
    }

    /** Starts the domain (and the embedded PostgreSQL) unless done already in this JVM. */
    public static synchronized void startOnce() {
        String home = System.getProperty("custos.test.payara.home");
        if (home == null || asadmin != null) {
            return;
        }
        TestPostgres.start();
        asadmin = Path.of(home, "bin", "asadmin");
        domains = Path.of(System.getProperty("custos.test.domains.dir"));
        portBase = freePortBase();
        deleteRecursively(domains);
        run("create-domain", "--domaindir", domains.toString(), "--portbase", Integer.toString(portBase),
                "--nopassword=true", "--savelogin=false", "custos");
        command(Path.of(System.getProperty("custos.root"), "payara", "restrict-new-domain.sh").toString(),
                domains.resolve("custos/config/domain.xml").toString());
        run("start-domain", "--domaindir", domains.toString(), "custos");
        admin("multimode", "--file", System.getProperty("custos.test.domain.commands"));
        admin("add-library", System.getProperty("custos.test.pg.driver"));
        admin("multimode", "--file", System.getProperty("custos.test.pool.commands"));
        Path data = dataDirectory();
        admin("create-system-properties", "custos.data.dir=" + escaped(data.toString())
                + ":custos.base.url=" + escaped(baseUrl()) + ":custos.admin.user=" + ADMIN_USER
                + ":custos.admin.password=" + ADMIN_PASSWORD);
        // the server keeps an uploaded archive under its temporary directory by the archive's name: in a shared /tmp,
        // two builds deploying custos.ear at once deleted each other's ("File source doesn't exist")
        Path temporary = domains.resolve("custos-tmp");
        createDirectories(temporary);
        admin("create-jvm-options", "-Djava.io.tmpdir=" + escaped(temporary.toString()));
        run("restart-domain", "--domaindir", domains.toString(), "custos");
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> run("stop-domain", "--domaindir", domains.toString(), "--kill=true", "custos"),
                "custos-payara-stop"));
        System.setProperty("custos.test.admin.port", Integer.toString(portBase + 48));
        System.setProperty("custos.test.base.url", baseUrl());
        System.setProperty("custos.test.admin.user", ADMIN_USER);
        System.setProperty("custos.test.admin.password", ADMIN_PASSWORD);
    }

    /** The application's data directory ({@code custos.data.dir}): its keys, its audit checkpoint. */
    public static Path dataDirectory() {
        return domains.resolve("custos-data");
    }

    /**
     * Kills the domain's server with SIGKILL (kill -9), as a crash would: no shutdown, its transactions cut off.
     * Returns once the process has gone.
     */
    public static void killServer() {
        try {
            long pid = Long.parseLong(Files.readString(domains.resolve("custos/config/pid")).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow(
                    () -> new IllegalStateException("No server process " + pid));
            command("kill", "-9", Long.toString(pid));
            server.onExit().get(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The server did not die", e);
        }
    }

    /**
     * Stops the domain's server where it is (SIGSTOP), without ending it, so that a test can read from the database
     * the state a kill would cut at, then {@link #killServer()} it or let it go on ({@link #thawServer()}).
     */
    public static void freezeServer() {
        command("kill", "-STOP", Long.toString(serverPid()));
    }

    /** Lets a server {@link #freezeServer() stopped where it was} go on (SIGCONT). */
    public static void thawServer() {
        command("kill", "-CONT", Long.toString(serverPid()));
    }

    private static long serverPid() {
        try {
            return Long.parseLong(Files.readString(domains.resolve("custos/config/pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the domain again after {@link #killServer()}: its applications deploy again as it starts. */
    public static void startAgain() {
        run("start-domain", "--domaindir", domains.toString(), "custos");
    }

    /**
     * Waits, up to 20 minutes, until the application serves its login page after {@link #startAgain()}: the domain is
     * up before the EAR has loaded again, and its EJB modules (and what they resume at the start) before its web
     * module, where Arquillian's in-server steps arrive ("No result returned" when called too early).
     */
    public static void waitForTheApplication() throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI login = java.net.URI.create(baseUrl() + "/login.xhtml");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(java.net.http.HttpRequest.newBuilder(login).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("Custos did not serve " + login + " within 20 minutes of the restart");
    }

    /** Deploys an application archive into the started domain, at the context root of its file name. */
    public static void deploy(Path archive) {
        admin("deploy", "--force=true", archive.toString());
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + (portBase + 80) + "/custos";
    }

    /** A port base whose admin (+48), HTTP (+80) and HTTPS (+81) ports are free; the domain uses more above it. */
    public static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            if (free(base + 48) && free(base + 80) && free(base + 81)) {
                return base;
            }
        }
        throw new IllegalStateException("No free port base for the Payara domain");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escaped(String value) {
        return value.replace(":", "\\:");
    }

    /** Runs an asadmin command on the started domain (the benchmarks re-point its data source). */
    public static void admin(String... command) {
        List<String> remote = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(portBase + 48)));
        remote.addAll(List.of(command));
        run(remote.toArray(String[]::new));
    }

    private static void run(String... command) {
        List<String> line = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
        line.addAll(List.of(command));
        command(line.toArray(String[]::new));
    }

    private static void command(String... line) {
        try {
            Path output = Files.createTempFile("asadmin", ".log");
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("TERM", "dumb");
            Process process = builder.start();
            // a deploy of the EAR took over 5 minutes on the 2-core machine under a load of 28 (session 18)
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", line));
            }
            String text = Files.readString(output);
            Files.delete(output);
            // multimode goes on after a failed command and exits 0, so its output is read too
            if (process.exitValue() != 0 || FAILED.matcher(text).find()) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
