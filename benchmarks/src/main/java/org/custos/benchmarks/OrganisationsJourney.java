package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.custos.domain.shared.OrganisationKind;

/**
 * HR's (the office manager's) round of the organisations: the list (first page by name), its next page by the lazy
 * table's Ajax post, the suppliers by the form's filter, one organisation opened with its contacts, services and
 * processor part, and the processor register with its conditions, first and next page.
 */
final class OrganisationsJourney {

    static final String LIST = "organisations list (first page)";
    static final String NEXT_PAGE = "organisations list, next page (Ajax)";
    static final String SUPPLIERS = "organisations list, suppliers (Ajax)";
    static final String ORGANISATION = "open an organisation";
    static final String PROCESSORS = "processor register (first page)";
    static final String PROCESSORS_NEXT = "processor register, next page (Ajax)";

    private static final String LIST_PAGE = "/organisations/list.xhtml";
    private static final String FORM = "organisations";
    private static final String TABLE = "organisations:table";
    private static final String LINK = "organisations/organisation\\.xhtml\\?id=(\\d+)";
    private static final String REGISTER_PAGE = "/organisations/processors.xhtml";
    private static final String REGISTER_FORM = "processors";

    private OrganisationsJourney() {
    }

    static ChainBuilder round() {
        return exec(http(LIST).get(LIST_PAGE).check(status().is(200), DpmJourney.signedIn(), Journey.viewState(),
                Journey.nonce(), regex("\\d+-\\d+ of \\d+").exists(), regex(LINK).findRandom().saveAs("organisationId")))
                .exec(filters(PartialPost.nextPage(NEXT_PAGE, LIST_PAGE, FORM, TABLE, LINK), ""))
                .exec(filters(PartialPost.of(SUPPLIERS, LIST_PAGE, FORM, FORM + ":find", FORM, TABLE),
                        OrganisationKind.SUPPLIER.name()).check(regex(LINK).exists()))
                .exec(http(ORGANISATION).get("/organisations/organisation.xhtml?id=#{organisationId}")
                        .check(status().is(200), DpmJourney.signedIn(), regex("id=\"details\"").exists()))
                .exec(http(PROCESSORS).get(REGISTER_PAGE).check(status().is(200), DpmJourney.signedIn(),
                        Journey.viewState(), Journey.nonce(), regex("\\d+-\\d+ of \\d+").exists()))
                .exec(PartialPost.nextPage(PROCESSORS_NEXT, REGISTER_PAGE, REGISTER_FORM, REGISTER_FORM + ":table",
                        LINK).formParam(REGISTER_FORM + ":name", ""));
    }

    /** The list's filters as the form posts them with each Ajax request. */
    private static HttpRequestActionBuilder filters(HttpRequestActionBuilder post, String kind) {
        return post.formParam(FORM + ":kind_input", kind).formParam(FORM + ":status_input", "")
                .formParam(FORM + ":name", "");
    }
}
