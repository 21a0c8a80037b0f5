package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client with its own cookies, not following redirects: it logs in as a user does and posts JSF
 * forms back with their view state, so a system test can drive the real pages without a browser. It speaks HTTP/1.1,
 * as a browser does to a plain-HTTP server: the Java client's own upgrade to HTTP/2 over plain HTTP hung on a large
 * body, and once in 83,000 requests lost its connection under load, which no browser would have met.
 */
final class FormClient {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(PATIENCE).version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;

    /** A client of the application at {@code base} (its context root, no slash at the end). */
    FormClient(String base) {
        this.base = base;
    }

    /** From inside the server, where the domain's system property names the application's address. */
    static FormClient insideTheServer() {
        return new FormClient(System.getProperty("custos.base.url"));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A post of {@code body} as {@code contentType} (a multipart form) from the page {@code from} (its Referer), its
     * answer read by {@code answer}.
     */
    <T> HttpResponse<T> post(String path, String from, String contentType, byte[] body,
            HttpResponse.BodyHandler<T> answer) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE)
                .header("Referer", base + from)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                answer);
    }

    HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return post("/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /** What a browser posts back with a form of the page: its view state and PrimeFaces' CSP nonce. */
    static String postback(HttpResponse<String> page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(String.join(";", page.headers()
                .allValues("Content-Security-Policy")));
        assertTrue(state.find() && nonce.find(), "the page has a view state and a nonce");
        return "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    }
}
