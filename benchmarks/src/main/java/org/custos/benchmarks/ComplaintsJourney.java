package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * The complaints rounds: HR's (a handler's) open complaints, first page oldest first and the next page by the lazy
 * table's Ajax post, then one complaint HR handles opened with its investigation steps; the DPM's counts per month,
 * kind and outcome.
 */
final class ComplaintsJourney {

    static final String LIST = "open complaints (a handler's, first page)";
    static final String NEXT_PAGE = "open complaints, next page (Ajax)";
    static final String COMPLAINT = "open a complaint";
    static final String COUNTS = "complaints per month (the DPM's counts)";

    private static final String LIST_PAGE = "/complaints/list.xhtml";
    private static final String FORM = "complaints";
    private static final String TABLE = "complaints:table";
    private static final String LINK = "complaints/complaint\\.xhtml\\?id=(\\d+)";

    private ComplaintsJourney() {
    }

    /** HR's round: the list's rows link only to complaints HR is named to handle. */
    static ChainBuilder handlerRound() {
        return exec(http(LIST).get(LIST_PAGE).check(status().is(200), DpmJourney.signedIn(), Journey.viewState(),
                Journey.nonce(), regex("\\d+-\\d+ of \\d+").exists(), regex(LINK).findRandom().saveAs("complaintId")))
                .exec(PartialPost.nextPage(NEXT_PAGE, LIST_PAGE, FORM, TABLE, LINK))
                .exec(http(COMPLAINT).get("/complaints/complaint.xhtml?id=#{complaintId}")
                        .check(status().is(200), DpmJourney.signedIn(), regex("id=\"details\"").exists(),
                                regex("id=\"refused\"").notExists()));
    }

    /** The DPM's round: the counts of the last twelve months, chart and table. */
    static ChainBuilder countsRound() {
        return exec(http(COUNTS).get("/complaints/counts.xhtml").check(status().is(200), DpmJourney.signedIn(),
                regex("id=\"counts-chart\"").exists(), regex("id=\"counts:table\"").exists()));
    }
}
