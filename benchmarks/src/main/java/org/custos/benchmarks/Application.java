package org.custos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.custos.system.server.PayaraServerSession;

/**
 * The EAR as built, on the system tests' Payara Server domain over the seeded embedded PostgreSQL
 * ({@link PayaraServerSession}: the run command's domain settings, {@code payara/domain.asadmin}'s heap), then
 * on the same domain over the seeded H2 file, as {@code run.sh} runs it. The domain stops when this JVM ends.
 */
final class Application {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private Application() {
    }

    /** Starts the domain, deploys the EAR and waits for its login page; returns the time from deploy to ready. */
    static Duration deploy(Path ear) throws IOException, InterruptedException {
        PayaraServerSession.startOnce();
        return deployed(ear);
    }

    /**
     * Takes the EAR off the domain, points {@code jdbc/custos} at the H2 file database in {@code h2Directory} (its
     * file {@code custos}) through a pool as {@code run.sh} makes it, gives the application a new data directory
     * (its own keys, as a new installation has) and deploys the EAR again; returns the time from deploy to ready.
     * The H2 database must be closed in this JVM: an H2 file is opened by one process at a time.
     */
    static Duration redeployOnH2(Path ear, Path h2Directory, Path dataDirectory)
            throws IOException, InterruptedException {
        PayaraServerSession.admin("undeploy", "custos");
        PayaraServerSession.admin("delete-jdbc-resource", "jdbc/custos");
        Path resources = h2Directory.resolveSibling("custos-h2-resources.xml");
        Files.writeString(resources, H2Resources.forFile(h2Directory.resolve("custos"), Database.H2_PASSWORD));
        PayaraServerSession.admin("add-resources", resources.toAbsolutePath().toString());
        // the other contexts' records on H2 were sealed under the first deployment's data key
        Files.createDirectories(dataDirectory);
        Files.copy(PayaraServerSession.dataDirectory().resolve("data-keys"), dataDirectory.resolve("data-keys"));
        PayaraServerSession.admin("create-system-properties",
                "custos.data.dir=" + dataDirectory.toAbsolutePath().toString().replace(":", "\\:"));
        return deployed(ear);
    }

    private static Duration deployed(Path ear) throws IOException, InterruptedException {
        long started = System.nanoTime();
        PayaraServerSession.deploy(ear);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl() + "/login.xhtml")).build();
        long deadline = started + READY_WITHIN.toNanos();
        while (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The login page did not answer within " + READY_WITHIN);
            }
            Thread.sleep(500);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String baseUrl() {
        return System.getProperty("custos.test.base.url");
    }
}
