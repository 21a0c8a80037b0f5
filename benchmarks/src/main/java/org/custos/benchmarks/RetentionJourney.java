package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The DPM's retention work at size (issue 18, R6). {@link #run()}: the runs page, the "Run now" button's Ajax post,
 * then the page's progress poll, sent every {@value #POLL_MILLIS} ms rather than the browser's two seconds, until the
 * page shows the run ended; the group {@link #RUN} times that from the click to the run seen finished (Gatling's
 * group duration). {@link #queueRound()}: the review queue's first page (with its groups by context and rule), its
 * next page by the lazy table's Ajax post, one group's items (a context and rule chosen at random) by the group's
 * "Show these" link, the evidence page, and the destruction report (PDF) of the last year.
 */
final class RetentionJourney {

    static final String RUN = "retention run, from the Run now click to the run finished (every context asked)";
    static final String QUEUE = "retention review queue (first page, with its groups by context and rule)";
    static final String QUEUE_NEXT = "retention review queue, next page (Ajax)";
    static final String QUEUE_GROUP = "retention review queue, one context and rule (Ajax)";
    static final String EVIDENCE = "retention evidence (first page)";
    static final String REPORT = "destruction report (PDF) of the last year";
    // Gatling writes names into its report HTML-escaped: none of these has quotes, ampersands or angle brackets

    private static final String RUNS_PAGE = "/retention/runs.xhtml";
    private static final String QUEUE_PAGE = "/retention/queue.xhtml";
    private static final String EVIDENCE_PAGE = "/retention/evidence.xhtml";
    private static final String ROW = "queue:items:\\d+:chosen";
    private static final long POLL_MILLIS = 500;
    /** A run that has not finished by then failed the figure (its target is 5 minutes at 100,000 people). */
    private static final Duration RUN_WITHIN = Duration.ofMinutes(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RetentionJourney() {
    }

    /** One retention run, started by the DPM and watched to its end. */
    static ChainBuilder run() {
        return exec(http("retention runs page").get(RUNS_PAGE).check(status().is(200), DpmJourney.signedIn(),
                Journey.viewState(), Journey.nonce()))
                .group(RUN).on(exec(PartialPost.of("run now (Ajax)", RUNS_PAGE, "run", "run:run-now", "run:run-now",
                        "run past").check(substring("id=\"run-state\"").exists(), ended()))
                        .asLongAsDuring(session -> session.getInt("ended") == 0, RUN_WITHIN).on(
                                pause(Duration.ofMillis(POLL_MILLIS)).exec(PartialPost.of("run progress (Ajax)",
                                        RUNS_PAGE, "run", "run:poll", "run:poll", "run past").check(ended())))
                        .exec(session -> session.getInt("ended") > 0 ? session : session.markAsFailed()))
                .exec(http("retention runs page, the run ended").get(RUNS_PAGE).check(status().is(200),
                        regex("id=\"run-state\">Finished<").exists()));
    }

    /** How many times the answer says the run ended (0 while it runs): the last run's heading replaces the other. */
    private static CheckBuilder ended() {
        return substring("The last run").count().saveAs("ended");
    }

    static ChainBuilder queueRound() {
        String from = LocalDate.now().minusYears(1).format(DAY);
        String to = LocalDate.now().format(DAY);
        return exec(http(QUEUE).get(QUEUE_PAGE).check(status().is(200), DpmJourney.signedIn(), Journey.viewState(),
                Journey.nonce(), regex("\\d+-\\d+ of (more than )?[\\d,]+").exists(), regex(ROW).exists(),
                regex("id=\"(queue:groups:\\d+:show)\"").findRandom().saveAs("group")))
                .exec(filters(PartialPost.nextPage(QUEUE_NEXT, QUEUE_PAGE, "queue", "queue:items", ROW)))
                .exec(filters(PartialPost.of(QUEUE_GROUP, QUEUE_PAGE, "queue", "#{group}", "#{group}",
                        "queue:filters queue:items")).check(regex(ROW).exists()))
                .exec(http(EVIDENCE).get(EVIDENCE_PAGE).check(status().is(200), DpmJourney.signedIn(),
                        Journey.viewState(), regex("id=\"evidence:decisions\"").exists()))
                .exec(http(REPORT).post(EVIDENCE_PAGE).formParam("evidence", "evidence")
                        .formParam("evidence:from_input", from).formParam("evidence:to_input", to)
                        .formParam("evidence:report", "evidence:report")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), headerRegex("Content-Type", "application/pdf").exists()));
    }

    /** The queue's filters as the form posts them with each Ajax request: everything not done, any due date. */
    private static HttpRequestActionBuilder filters(HttpRequestActionBuilder post) {
        return post.formParam("queue:state_input", "").formParam("queue:dueBefore_input", "");
    }
}
