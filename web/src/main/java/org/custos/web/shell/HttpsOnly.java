package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When Custos's public address ({@code CUSTOS_BASE_URL}) is an HTTPS one, nothing is served over plain HTTP: every
 * such request, a login included, is sent to the same path at that address (ASVS 9.1.1). A server reached only
 * over HTTP (the system tests' domain) keeps an HTTP address and is left alone.
 */
@ApplicationScoped
public class HttpsOnly {

    @Inject
    @ConfigProperty(name = "custos.base.url")
    Optional<String> baseUrl;

    /** The HTTPS address to send the request to, when it came over HTTP and HTTPS is Custos's address. */
    Optional<String> redirectFor(HttpServletRequest request) {
        if (request.isSecure()) {
            return Optional.empty();
        }
        return baseUrl.filter(url -> url.regionMatches(true, 0, "https://", 0, 8))
                .map(url -> stripTrailingSlash(url) + pathAndQuery(request));
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
