package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * HR's people search as a browser drives it: log in, open the search page (its lazy table loads the first page,
 * sorted by name), page the table and sort it by date of birth through PrimeFaces' Ajax requests, open the page
 * again, search a common name with the form's Ajax post, and open one of the people found. Every post carries the
 * page's {@code jakarta.faces.ViewState} and CSP nonce. The request names are the figures of the report.
 * Configured by system properties: {@code bench.base.url} (the application's address).
 */
final class Journey {

    static final String LOG_IN = "log in";
    static final String HOME_PAGE = "home page";
    static final String SEARCH_PAGE = "people search page (first page by name, with count)";
    static final String NEXT_PAGE = "next page of the table (Ajax)";
    static final String SORT_BY_BIRTH = "table sorted by date of birth (Ajax)";
    static final String NAME_SEARCH = "name search, common name (Ajax)";
    static final String OPEN_PERSON = "open a person (with history)";

    private static final String SEARCH = "/people/search.xhtml";
    private static final String TABLE = "search:people";
    /** The table's paginator: "1-25 of 14000". */
    private static final String PAGE_REPORT = "\\d+-\\d+ of \\d+";

    private Journey() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(System.getProperty("bench.base.url")).acceptHeader("text/html,application/xhtml+xml")
                .userAgentHeader("custos-benchmarks").disableCaching();
    }

    static ChainBuilder logIn(String username) {
        return exec(http(LOG_IN).post("/login").formParam("username", username)
                .formParam("password", BenchAccount.PASSWORD)
                .check(status().is(200), currentLocationRegex("login|denied").notExists()));
    }

    /** One round of the people search; the names searched take turns with the raw SQL's. */
    static ChainBuilder peopleSearch() {
        return exec(http(HOME_PAGE).get("/").check(status().is(200)))
                .exec(session -> session.set("name", ""))
                .exec(searchPage())
                .exec(table(NEXT_PAGE).formParam(TABLE + "_pagination", "true")
                        .formParam(TABLE + "_first", String.valueOf(RawSql.PAGE_SIZE))
                        .formParam(TABLE + "_rows", String.valueOf(RawSql.PAGE_SIZE)))
                .exec(table(SORT_BY_BIRTH).formParam(TABLE + "_sorting", "true")
                        .formParam(TABLE + "_sortKey", "#{birthColumn}").formParam(TABLE + "_sortDir", "1"))
                .exec(searchPage())
                .feed(names())
                .exec(ajax(NAME_SEARCH, "search:find", "search").formParam("search:find", "search:find")
                        .check(regex(PAGE_REPORT).exists(),
                                regex("detail\\.xhtml\\?id=(\\d+)").findRandom().saveAs("personId")))
                .exec(http(OPEN_PERSON).get("/people/detail.xhtml?id=#{personId}")
                        .check(status().is(200), currentLocationRegex("login|denied").notExists()));
    }

    private static HttpRequestActionBuilder searchPage() {
        return http(SEARCH_PAGE).get(SEARCH).check(status().is(200), viewState(), nonce(),
                regex("id=\"(search:people:[^\"]+)\"[^>]*aria-label=\"Date of birth").saveAs("birthColumn"),
                regex(PAGE_REPORT).exists());
    }

    /** The page's JSF view state, which its posts send back. */
    static CheckBuilder viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState");
    }

    /** The page's CSP nonce, which PrimeFaces' Ajax posts send back. */
    static CheckBuilder nonce() {
        return headerRegex("Content-Security-Policy", "'nonce-([^']+)'").saveAs("nonce");
    }

    /**
     * An Ajax request of the lazy table itself, as its paginator and sortable headers send it; the answer is the
     * table's rows only, so it must hold people.
     */
    private static HttpRequestActionBuilder table(String name) {
        return ajax(name, TABLE, TABLE).formParam(TABLE, TABLE).formParam(TABLE + "_skipChildren", "true")
                .formParam(TABLE + "_encodeFeature", "true").check(regex("detail\\.xhtml\\?id=\\d+").exists());
    }

    /** A PrimeFaces Ajax post of the search form, rendering the table; its answer must not be an error. */
    private static HttpRequestActionBuilder ajax(String name, String source, String process) {
        return http(name).post(SEARCH).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", process)
                .formParam("jakarta.faces.partial.render", TABLE)
                .formParam("search", "search")
                .formParam("search:name", "#{name}")
                .formParam("search:email", "")
                .formParam("search:category_input", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response"), substring("<error>").notExists());
    }

    private static Iterator<Map<String, Object>> names() {
        return Stream.iterate(0, run -> run + 1).map(run -> Map.<String, Object>of("name", RawSql.commonName(run)))
                .iterator();
    }
}
