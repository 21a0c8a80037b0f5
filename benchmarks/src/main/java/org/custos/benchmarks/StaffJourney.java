package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * HR's staff round: the staff list (current staff, first page by name), its next page by the lazy table's Ajax post,
 * the leavers by the form's filter, and one staff file opened with its tabs.
 */
final class StaffJourney {

    static final String LIST = "staff list (current staff, first page)";
    static final String NEXT_PAGE = "staff list, next page (Ajax)";
    static final String LEAVERS = "staff list, leavers (Ajax)";
    static final String FILE = "open a staff file";

    private static final String LIST_PAGE = "/staff/list.xhtml";
    private static final String FORM = "staff";
    private static final String TABLE = "staff:table";
    private static final String FILE_LINK = "staff/file\\.xhtml\\?id=(\\d+)";

    private StaffJourney() {
    }

    static ChainBuilder round() {
        return exec(http(LIST).get(LIST_PAGE).check(status().is(200), DpmJourney.signedIn(), Journey.viewState(),
                Journey.nonce(), regex("\\d+-\\d+ of \\d+").exists(), regex(FILE_LINK).findRandom().saveAs("fileId")))
                .exec(filters(PartialPost.nextPage(NEXT_PAGE, LIST_PAGE, FORM, TABLE, FILE_LINK), "false"))
                .exec(filters(PartialPost.of(LEAVERS, LIST_PAGE, FORM, FORM + ":find", FORM, TABLE), "true")
                        .check(regex(FILE_LINK).exists()))
                .exec(http(FILE).get("/staff/file.xhtml?id=#{fileId}")
                        .check(status().is(200), DpmJourney.signedIn(), regex("id=\"tabs\"").exists()));
    }

    /** The list's filters as the form posts them with each Ajax request. */
    private static HttpRequestActionBuilder filters(HttpRequestActionBuilder post, String leavers) {
        return post.formParam(FORM + ":status_input", leavers).formParam(FORM + ":type_input", "")
                .formParam(FORM + ":department", "").formParam(FORM + ":name", "");
    }
}
