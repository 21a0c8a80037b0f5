package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;

/**
 * The DPM's round: the home page (requests due, approvals waiting), the rights request list (newest first), its
 * next page and a filter (open access requests) by the lazy table's and the form's Ajax posts, one of the requests
 * listed; then compiling a response on the request of the session's compiled person (session attribute
 * {@code compileRequest}): the Compile button's Ajax post, then the page's progress poll, sent every
 * {@value #POLL_MILLIS} ms rather than the browser's second, until the page shows the compiled items. The group
 * {@link #COMPILE} times that from the click to the items (Gatling's group duration: pauses included).
 */
final class DpmJourney {

    static final String HOME = "DPM's home page";
    static final String LIST = "rights request list (first page, newest first)";
    static final String NEXT_PAGE = "rights request list, next page (Ajax)";
    static final String FILTER = "rights request list, open access requests (Ajax)";
    static final String OPEN_REQUEST = "open a rights request";
    static final String COMPILE = "compile one person's data across every context (50 records, 5 documents)";

    private static final String LIST_PAGE = "/requests/list.xhtml";
    private static final String FORM = "requests";
    private static final String TABLE = "requests:table";
    private static final String DETAIL = "/requests/detail.xhtml?id=#{compileRequest}";
    private static final long POLL_MILLIS = 50;
    private static final Duration COMPILE_WITHIN = Duration.ofSeconds(60);

    private DpmJourney() {
    }

    static ChainBuilder round() {
        return requests().exec(compile());
    }

    private static ChainBuilder requests() {
        return exec(http(HOME).get("/").check(status().is(200), signedIn()))
                .exec(http(LIST).get(LIST_PAGE).check(status().is(200), signedIn(), Journey.viewState(),
                        Journey.nonce(), regex("\\d+-\\d+ of \\d+").exists(),
                        regex("requests/detail\\.xhtml\\?id=(\\d+)").findRandom().saveAs("requestId")))
                .exec(filters(PartialPost.nextPage(NEXT_PAGE, LIST_PAGE, FORM, TABLE), "", ""))
                .exec(filters(PartialPost.of(FILTER, LIST_PAGE, FORM, FORM + ":find", FORM, TABLE), "OPEN", "ACCESS")
                        .check(regex("requests/detail\\.xhtml\\?id=\\d+").exists()))
                .exec(http(OPEN_REQUEST).get("/requests/detail.xhtml?id=#{requestId}")
                        .check(status().is(200), signedIn(), substring("id=\"state\"")));
    }

    /** The list's filters as the form posts them with each Ajax request. */
    private static HttpRequestActionBuilder filters(HttpRequestActionBuilder post, String status, String type) {
        return post.formParam(FORM + ":status_input", status).formParam(FORM + ":type_input", type)
                .formParam(FORM + ":person", "").formParam(FORM + ":from_input", "")
                .formParam(FORM + ":to_input", "");
    }

    private static ChainBuilder compile() {
        return exec(http("the compiled person's request").get(DETAIL).check(status().is(200), signedIn(),
                Journey.viewState(), Journey.nonce()))
                .group(COMPILE).on(exec(PartialPost.of("compile (Ajax)", DETAIL, "review", "review:compile",
                        "review:compile", "review").check(regex("Compil(ing|ed):").exists(), compiled()))
                        .asLongAsDuring(session -> session.getInt("compiled") == 0, COMPILE_WITHIN).on(
                                pause(Duration.ofMillis(POLL_MILLIS)).exec(PartialPost.of("compile progress (Ajax)",
                                        DETAIL, "review", "review:progress", "review:progress", "review")
                                        .check(compiled())))
                        .exec(session -> session.getInt("compiled") > 0 ? session : session.markAsFailed()));
    }

    /** How many times the answer says "Compiled:" (0 while compiling). */
    private static CheckBuilder compiled() {
        return substring("Compiled:").count().saveAs("compiled");
    }

    static CheckBuilder signedIn() {
        return currentLocationRegex("login|denied").notExists();
    }
}
