package org.custos.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.custos.system.server.PayaraServerSession;

/**
 * The EAR as built, on the system tests' Payara Server domain over the seeded embedded PostgreSQL
 * ({@link PayaraServerSession}: the run command's domain settings, the default 512 MB heap of a Payara domain,
 * as {@code run.sh} leaves it). The domain stops when this JVM ends.
 */
final class Application {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private Application() {
    }

    /** Starts the domain, deploys the EAR and waits for its login page; returns the time from deploy to ready. */
    static Duration deploy(Path ear) throws IOException, InterruptedException {
        PayaraServerSession.startOnce();
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
