package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A PrimeFaces Ajax post as the DPM's and hiring managers' pages send it: the partial request's parameters, the page's
 * view state and CSP nonce (saved by {@link Journey#viewState()} and {@link Journey#nonce()}); the answer must be a
 * partial response without an error.
 */
final class PartialPost {

    private static final String ROWS = String.valueOf(RawSql.PAGE_SIZE);

    private PartialPost() {
    }

    /** {@code source} posted from {@code form}, running {@code execute} and rendering {@code render}. */
    static HttpRequestActionBuilder of(String name, String url, String form, String source, String execute,
            String render) {
        return http(name).post(url).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam(source, source)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response"), substring("<error>").notExists());
    }

    /** The second page of a lazy table, as its paginator asks for it; the answer must link to records. */
    static HttpRequestActionBuilder nextPage(String name, String url, String form, String table) {
        return nextPage(name, url, form, table, "detail\\.xhtml\\?id=\\d+");
    }

    /** The second page of a lazy table whose rows link to records by {@code recordLink} (a regular expression). */
    static HttpRequestActionBuilder nextPage(String name, String url, String form, String table, String recordLink) {
        return of(name, url, form, table, table, table).formParam(table + "_pagination", "true")
                .formParam(table + "_first", ROWS).formParam(table + "_rows", ROWS)
                .formParam(table + "_skipChildren", "true").formParam(table + "_encodeFeature", "true")
                .check(regex(recordLink).exists());
    }
}
