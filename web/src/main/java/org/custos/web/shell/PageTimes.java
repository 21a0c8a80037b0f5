package org.custos.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every page request (the first view and its form posts) at {@code /metrics}, one timer per page: the JSF
 * view id, never the address with its record ids (those are in the query string), and one {@value #OTHER} for
 * whatever names no page, so that made-up addresses cannot add timers without end.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageTimes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NAME = "custos.page.request";
    static final String OTHER = "other";
    private static final Metadata METADATA = Metadata.builder().withName(NAME)
            .withUnit(MetricUnits.NANOSECONDS).withDescription("Time to answer a request for a page (its first view or a form post), by page").build();

    @Inject
    transient MetricRegistry registry;

    /** The pages seen so far; a path that names no page is looked up each time, so it takes no room here. */
    private final transient Map<String, String> pages = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            registry.timer(METADATA, new Tag("page", page(request.getServletPath())))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private String page(String path) {
        String page = pages.get(path);
        if (page == null) {
            page = pageOf(path, exists(path));
            if (!OTHER.equals(page)) {
                pages.put(path, page);
            }
        }
        return page;
    }

    private boolean exists(String path) {
        try {
            return getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /** The tag for a request's servlet path: the page it names, or {@value #OTHER}. */
    static String pageOf(String servletPath, boolean exists) {
        return exists && servletPath.endsWith(".xhtml") && !servletPath.startsWith("/jakarta.faces.resource/")
                ? servletPath : OTHER;
    }
}
