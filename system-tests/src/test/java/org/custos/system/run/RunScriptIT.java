package org.custos.system.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's run configuration: {@code ./run.sh} boots the built EAR on Payara Server with the embedded H2
 * database, serves the login page over HTTPS on 127.0.0.1 only (a self-signed certificate for 127.0.0.1, HSTS, a
 * Secure session cookie; plain HTTP redirects there) and prints the first-administrator setup link, which creates
 * the first administrator; {@code ./stop.sh} stops it. Then the same on PostgreSQL ({@code CUSTOS_DB_*}, a database of
 * its own on the tests' embedded PostgreSQL), where the data really lands, a changed database password is taken, and
 * a data directory is never switched between H2 and PostgreSQL. Runs the real scripts with a new data directory and
 * free ports, so a Custos that a developer started is left alone. The server logs are kept in
 * {@code target/run-script-it/<test>/} for diagnosis. It shares nothing with the other system tests but the embedded
 * PostgreSQL (its own Payara installation, domains and ports), so it runs beside them; its tests one after another.
 */
@Execution(ExecutionMode.CONCURRENT)
class RunScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("custos.root", "..")).toAbsolutePath().normalize();
    private static final Path EAR = Path.of(System.getProperty("custos.ear", ROOT + "/ear/target/custos.ear"));
    private static final String ADMIN_PASSWORD = "willow-compass-5150";
    private static final String DATABASE = "custos_run";

    private final int[] ports = freePorts(3);
    private final int httpPort = ports[0];
    private final int httpsPort = ports[1];
    private final int adminPort = ports[2];

    private Path work;
    private Path data;

    @BeforeEach
    void newDataDirectory(TestInfo test) throws IOException {
        work = Path.of("target", "run-script-it", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        data = work.resolve("data");
        deleteRecursively(work);
        Files.createDirectories(work);
    }

    @AfterEach
    void stopAndKeepTheLog() throws Exception {
        script("stop.sh", Duration.ofMinutes(2)); // also when the test failed half-way: leave no server behind
        Path log = data.resolve("payara/custos/logs/server.log");
        if (Files.exists(log)) {
            Files.copy(log, work.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void runServesTheLoginPageOnLoopbackOnlyAndStopStopsIt() throws Exception {
        assertTrue(Files.isRegularFile(EAR), "the EAR is built first: " + EAR);

        // beside ServerSystemIT's deployment, on a 2-core machine loaded by other builds, run.sh took over 8 minutes
        Result run = script("run.sh", Duration.ofMinutes(15));
        assertEquals(0, run.exitCode(), "run.sh failed:\n" + run.output());

        HttpClient trustingCustos = trustingTheGeneratedCertificate();
        String https = "https://127.0.0.1:" + httpsPort + "/custos";
        HttpResponse<String> page = trustingCustos.send(HttpRequest.newBuilder(URI.create(https + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "GET /custos/ after run.sh:\n" + page.body());
        assertTrue(page.body().contains("type=\"password\""), "the login page asks for a password:\n" + page.body());
        assertEquals(Optional.of("max-age=31536000; includeSubDomains"),
                page.headers().firstValue("Strict-Transport-Security"), "HSTS over HTTPS");
        assertTrue(run.output().contains("Custos is running at " + https + "/"), run.output());

        HttpResponse<Void> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/custos/login.xhtml?from=plain")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, plain.statusCode(), "plain HTTP only redirects");
        assertEquals(Optional.of(https + "/login.xhtml?from=plain"), plain.headers().firstValue("Location"));

        assertTrue(run.output().contains("Custos first-administrator setup: " + https
                + "/setup.xhtml?token="), "no administrator configured, so run.sh shows the setup link:\n"
                + run.output());

        theSetupLinkCreatesTheFirstAdministratorWhoLogsInWithANewSessionId(setupLink(run));

        assertTrue(accepts(InetAddress.getLoopbackAddress(), httpsPort), "HTTPS on its port");

        for (InetAddress address : nonLoopbackAddresses()) {
            assertFalse(accepts(address, httpPort), "HTTP must listen on 127.0.0.1 only, but " + address
                    + ":" + httpPort + " accepts connections");
            assertFalse(accepts(address, httpsPort), "HTTPS must listen on 127.0.0.1 only, but " + address
                    + ":" + httpsPort + " accepts connections");
            assertFalse(accepts(address, adminPort), "the admin port must listen on 127.0.0.1 only, but "
                    + address + ":" + adminPort + " accepts connections");
        }

        Result stop = script("stop.sh", Duration.ofMinutes(2));
        assertEquals(0, stop.exitCode(), "stop.sh failed:\n" + stop.output());
        assertFalse(accepts(InetAddress.getLoopbackAddress(), httpPort), "stopped, yet port " + httpPort + " answers");
        assertTrue(Files.exists(data.resolve("db/custos.mv.db")), "the H2 database lives in the data directory");

        Result toPostgres = script("run.sh", Duration.ofMinutes(2), postgres("any-password"));
        assertEquals(1, toPostgres.exitCode(), "an H2 data directory is not switched to PostgreSQL:\n"
                + toPostgres.output());
        assertTrue(toPostgres.output().contains("holds an H2 database, and its data would not follow to PostgreSQL"),
                toPostgres.output());
    }

    /**
     * {@code CUSTOS_DB_*}: the driver, the password alias and the pool go into the new domain, the first administrator
     * lands in PostgreSQL, the password stays out of domain.xml, a changed password is stored in the alias at the next
     * start, and the data directory refuses to run on H2.
     */
    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void runOnPostgresqlStoresTheDataThereAndTakesAChangedPassword() throws Exception {
        String password = "first: pass\\word";   // asadmin's and Java's escapes both matter
        TestPostgres.asSuperuser("drop database if exists " + DATABASE + " with (force)",
                "drop role if exists " + DATABASE,
                "create role " + DATABASE + " login password '" + password + "'",
                "create database " + DATABASE + " owner " + DATABASE);

        Result run = script("run.sh", Duration.ofMinutes(15), postgres(password));
        assertEquals(0, run.exitCode(), "run.sh on PostgreSQL failed:\n" + run.output());
        String domainXml = Files.readString(data.resolve("payara/custos/config/domain.xml"));
        assertFalse(domainXml.contains(password), "the database password is not in domain.xml");
        assertTrue(domainXml.contains("${ALIAS=custos-db-password}"), "the pool takes it from the alias");
        assertFalse(Files.exists(data.resolve("db/custos.mv.db")), "no H2 database beside PostgreSQL");
        theSetupLinkCreatesTheFirstAdministratorWhoLogsInWithANewSessionId(setupLink(run));
        assertEquals(1, accountsNamedFirstAdmin(password), "the administrator is in PostgreSQL");

        Result toH2 = script("run.sh", Duration.ofMinutes(2), Map.of());
        assertEquals(1, toH2.exitCode(), "a PostgreSQL data directory is not switched to H2:\n" + toH2.output());
        assertTrue(toH2.output().contains("runs on PostgreSQL (url=" + TestPostgres.jdbcUrl(DATABASE) + " user="
                + DATABASE + "), and its data would not follow to H2"), toH2.output());

        String changed = "second-password";
        TestPostgres.asSuperuser("alter role " + DATABASE + " password '" + changed + "'");
        Result whileRunning = script("run.sh", Duration.ofMinutes(2), postgres(changed));
        assertEquals(1, whileRunning.exitCode(), whileRunning.output());
        assertTrue(whileRunning.output().contains("the database password changes only while Custos is stopped"),
                whileRunning.output());
        assertEquals(0, script("stop.sh", Duration.ofMinutes(2)).exitCode());
        Result again = script("run.sh", Duration.ofMinutes(15), postgres(changed));
        assertEquals(0, again.exitCode(), "run.sh with the changed password failed:\n" + again.output());
        assertTrue(again.output().contains("Storing the changed database password in the password alias"),
                again.output());
        assertTrue(signIn("https://127.0.0.1:" + httpsPort + "/custos").contains("first.admin"),
                "signed in on the changed password");
        assertEquals(1, accountsNamedFirstAdmin(changed));
    }

    private Map<String, String> postgres(String password) {
        return Map.of("CUSTOS_DB_URL", TestPostgres.jdbcUrl(DATABASE), "CUSTOS_DB_USER", DATABASE,
                "CUSTOS_DB_PASSWORD", password);
    }

    private static int accountsNamedFirstAdmin(String password) throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(TestPostgres.jdbcUrl(DATABASE),
                DATABASE, password);
             java.sql.ResultSet count = connection.createStatement().executeQuery(
                     "select count(*) from sec_account where username = 'first.admin'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static String setupLink(Result run) {
        return run.output().lines().filter(line -> line.contains("Custos first-administrator setup: "))
                .reduce((first, last) -> last).orElseThrow().replaceAll(".*setup: (\\S+?)\\]*$", "$1");
    }

    private String signIn(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .sslContext(generatedCertificateTrust()).followRedirects(HttpClient.Redirect.NORMAL).build();
        return FirstAdministrator.signIn(browser, base, "first.admin", ADMIN_PASSWORD);
    }

    /**
     * The one-time link opens a form (and so a session, its cookie Secure over HTTPS); the administrator created there
     * signs in, and the login gives the session a new id, so an id known before login is worth nothing after it
     * (session fixation).
     */
    private void theSetupLinkCreatesTheFirstAdministratorWhoLogsInWithANewSessionId(String setupLink)
            throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).sslContext(generatedCertificateTrust())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String created = FirstAdministrator.create(browser, setupLink, "first.admin", ADMIN_PASSWORD);
        assertTrue(created.contains("The administrator first.admin was created"), created);
        HttpCookie anonymousSession = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(anonymousSession.getSecure(), "the session cookie is Secure over HTTPS");

        String base = setupLink.substring(0, setupLink.indexOf("/setup.xhtml"));
        String home = FirstAdministrator.signIn(browser, base, "first.admin", ADMIN_PASSWORD);
        assertTrue(home.contains("first.admin"), "signed in:\n" + home);
        assertNotEquals(anonymousSession.getValue(), sessionId(cookies), "the session id changes at login");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private Result script(String name, Duration timeout) throws IOException, InterruptedException {
        return script(name, timeout, Map.of());
    }

    /** Runs the script with the test's data directory and ports, and these database settings ({@code CUSTOS_DB_*}). */
    private Result script(String name, Duration timeout, Map<String, String> database)
            throws IOException, InterruptedException {
        Path output = work.resolve(name + ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve(name).toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        Stream.of("CUSTOS_ADMIN_USER", "CUSTOS_ADMIN_PASSWORD", "CUSTOS_AUDIT_KEY", "CUSTOS_BASE_URL", "CUSTOS_DB_URL",
                "CUSTOS_DB_USER", "CUSTOS_DB_PASSWORD").forEach(env::remove);
        env.putAll(database);
        env.put("CUSTOS_DATA_DIR", data.toString());
        env.put("CUSTOS_HTTP_PORT", Integer.toString(httpPort));
        env.put("CUSTOS_HTTPS_PORT", Integer.toString(httpsPort));
        env.put("CUSTOS_ADMIN_PORT", Integer.toString(adminPort));
        env.put("CUSTOS_SKIP_BUILD", "true");
        env.put("CUSTOS_EAR", EAR.toString());
        env.put("CUSTOS_START_TIMEOUT", "600");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(name + " did not finish in " + timeout + ":\n" + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }

    private HttpClient trustingTheGeneratedCertificate() throws Exception {
        return HttpClient.newBuilder().sslContext(generatedCertificateTrust()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Trusts the certificate run.sh made for the domain and nothing else, so host name checks stay on. */
    private SSLContext generatedCertificateTrust() throws Exception {
        KeyStore domainKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(data.resolve("payara/custos/config/keystore.p12"))) {
            domainKeys.load(in, "changeit".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("custos", domainKeys.getCertificate("custos"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(address -> !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    /** Distinct ports that nothing listens on (all held open together, so none is handed out twice). */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new IllegalStateException("no free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it was only borrowed
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
