package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * A hiring manager's round: their home page (applications to review), the campaign list (their campaigns only,
 * X1), one of them with the first page of its applications, the next page by the lazy table's Ajax post, and one
 * application opened.
 */
final class HiringManagerJourney {

    static final String HOME = "hiring manager's home page";
    static final String CAMPAIGNS = "campaign list (the manager's campaigns)";
    static final String CAMPAIGN = "a campaign with its applications (first page)";
    static final String NEXT_PAGE = "a campaign's applications, next page (Ajax)";
    static final String APPLICATION = "open an application";

    private static final String DETAIL = "/campaigns/detail.xhtml?id=#{campaignId}";

    private HiringManagerJourney() {
    }

    static ChainBuilder round() {
        return exec(http(HOME).get("/").check(status().is(200), DpmJourney.signedIn()))
                .exec(http(CAMPAIGNS).get("/campaigns/list.xhtml").check(status().is(200), DpmJourney.signedIn(),
                        regex("campaigns/detail\\.xhtml\\?id=(\\d+)").findRandom().saveAs("campaignId")))
                .exec(http(CAMPAIGN).get(DETAIL).check(status().is(200), DpmJourney.signedIn(), Journey.viewState(),
                        Journey.nonce(),
                        regex("applications/detail\\.xhtml\\?id=(\\d+)").findRandom().saveAs("applicationId")))
                .exec(PartialPost.nextPage(NEXT_PAGE, DETAIL, "applicants", "applicants:table")
                        .formParam("applicants:name", "").formParam("applicants:status_input", ""))
                .exec(http(APPLICATION).get("/applications/detail.xhtml?id=#{applicationId}")
                        .check(status().is(200), DpmJourney.signedIn(), regex("id=\"tabs:overview\"").exists()));
    }
}
