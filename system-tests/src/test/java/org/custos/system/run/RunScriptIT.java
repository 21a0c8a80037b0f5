package org.custos.system.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's run configuration: {@code ./run.sh} boots the built EAR on Payara Server with the embedded H2
 * database, serves the login page over HTTPS on 127.0.0.1 only (a self-signed certificate for 127.0.0.1, HSTS, a
 * Secure session cookie; plain HTTP redirects there) and prints the first-administrator setup link, which creates
 * the first administrator; {@code ./stop.sh} stops it. Runs the real scripts with a new data directory and free ports, so a Custos that a
 * developer started is left alone. The server log is kept in {@code target/run-script-it/} for diagnosis. It shares
 * nothing with the other system tests (its own Payara installation, domain, ports and H2), so it runs beside them.
 */
@Execution(ExecutionMode.CONCURRENT)
class RunScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("custos.root", "..")).toAbsolutePath().normalize();
    private static final Path EAR = Path.of(System.getProperty("custos.ear", ROOT + "/ear/target/custos.ear"));
    private static final Path WORK = Path.of("target", "run-script-it").toAbsolutePath();
    private static final Path DATA = WORK.resolve("data");
    private static final String ADMIN_PASSWORD = "willow-compass-5150";

    private final int[] ports = freePorts(3);
    private final int httpPort = ports[0];
    private final int httpsPort = ports[1];
    private final int adminPort = ports[2];

    @BeforeEach
    void newDataDirectory() throws IOException {
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
    }

    @AfterEach
    void stopAndKeepTheLog() throws Exception {
        script("stop.sh", Duration.ofMinutes(2)); // also when the test failed half-way: leave no server behind
        Path log = DATA.resolve("payara/custos/logs/server.log");
        if (Files.exists(log)) {
            Files.copy(log, WORK.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
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

        String setupLink = run.output().lines().filter(line -> line.contains("Custos first-administrator setup: "))
                .reduce((first, last) -> last).orElseThrow().replaceAll(".*setup: (\\S+?)\\]*$", "$1");
        theSetupLinkCreatesTheFirstAdministratorWhoLogsInWithANewSessionId(setupLink);

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
        assertTrue(Files.exists(DATA.resolve("db/custos.mv.db")), "the H2 database lives in the data directory");
    }

    /**
     * The one-time link opens a form (and so a session); the administrator created there logs in, and the login
     * gives the session a new id, so an id known before login is worth nothing after it (session fixation).
     */
    private void theSetupLinkCreatesTheFirstAdministratorWhoLogsInWithANewSessionId(String setupLink)
            throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).sslContext(generatedCertificateTrust())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(setupLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .allMatch(cookie -> cookie.contains("Secure")), "the session cookie is Secure over HTTPS: "
                + form.headers().allValues("Set-Cookie"));
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(viewState.find(), "the setup page shows its form:\n" + form.body());
        String anonymousSession = sessionId(cookies);
        assertNotNull(anonymousSession, "the setup form keeps its state in a session");
        String base = setupLink.substring(0, setupLink.indexOf("/setup.xhtml"));
        HttpResponse<String> created = post(browser, base + "/setup.xhtml", Map.of("setup", "setup",
                "setup:token", setupLink.substring(setupLink.indexOf("token=") + 6), "setup:username", "first.admin",
                "setup:displayName", "First Administrator", "setup:password", ADMIN_PASSWORD,
                "setup:confirmation", ADMIN_PASSWORD, "setup:create", "",
                "jakarta.faces.ViewState", viewState.group(1)));
        assertTrue(created.body().contains("The administrator first.admin was created"), created.body());
        assertEquals(anonymousSession, sessionId(cookies));

        HttpResponse<String> home = post(browser, base + "/login",
                Map.of("username", "first.admin", "password", ADMIN_PASSWORD));
        assertTrue(home.body().contains("first.admin"), "signed in:\n" + home.body());
        assertNotEquals(anonymousSession, sessionId(cookies), "the session id changes at login");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Result script(String name, Duration timeout) throws IOException, InterruptedException {
        Path output = WORK.resolve(name + ".out");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve(name).toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        Stream.of("CUSTOS_ADMIN_USER", "CUSTOS_ADMIN_PASSWORD", "CUSTOS_AUDIT_KEY", "CUSTOS_BASE_URL")
                .forEach(env::remove);
        env.put("CUSTOS_DATA_DIR", DATA.toString());
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

    private static HttpClient trustingTheGeneratedCertificate() throws Exception {
        return HttpClient.newBuilder().sslContext(generatedCertificateTrust()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Trusts the certificate run.sh made for the domain and nothing else, so host name checks stay on. */
    private static SSLContext generatedCertificateTrust() throws Exception {
        KeyStore domainKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(DATA.resolve("payara/custos/config/keystore.p12"))) {
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
