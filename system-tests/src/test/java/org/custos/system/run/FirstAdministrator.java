package org.custos.system.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The first administrator made through the one-time setup link that a start prints, then signing in. */
final class FirstAdministrator {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FirstAdministrator() {
    }

    /** Opens the link's form and sends it; returns the page that answers. */
    static String create(HttpClient browser, String setupLink, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(setupLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), "the setup page shows its form:\n" + form.body());
        String base = setupLink.substring(0, setupLink.indexOf("/setup.xhtml"));
        return post(browser, base + "/setup.xhtml", Map.of("setup", "setup",
                "setup:token", setupLink.substring(setupLink.indexOf("token=") + 6), "setup:username", username,
                "setup:displayName", "First Administrator", "setup:password", password,
                "setup:confirmation", password, "setup:create", "",
                "jakarta.faces.ViewState", viewState.group(1))).body();
    }

    /** Signs in at {@code base}/login; returns the page it lands on. */
    static String signIn(HttpClient browser, String base, String username, String password)
            throws IOException, InterruptedException {
        return post(browser, base + "/login", Map.of("username", username, "password", password)).body();
    }

    private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
