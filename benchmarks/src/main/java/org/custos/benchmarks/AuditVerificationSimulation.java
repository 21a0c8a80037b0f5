package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * The DPM verifying the audit chain from the audit trail page, once: the whole chain ({@code bench.verify=whole})
 * or only the entries written since the last verification ({@code bench.verify=new}). The answer must say the
 * chain is intact.
 */
public class AuditVerificationSimulation extends Simulation {

    static final String WHOLE_CHAIN = "verify the whole audit chain";
    static final String NEW_ENTRIES = "verify the audit entries written since the last verification";

    private static final String PAGE = "/audit/trail.xhtml";

    {
        boolean whole = "whole".equals(System.getProperty("bench.verify"));
        String button = whole ? "audit:verify" : "audit:verify-new";
        setUp(scenario("audit verification").exec(Journey.logIn(BenchAccount.DPM))
                .exec(http("audit trail page").get(PAGE).check(status().is(200), Journey.viewState(),
                        Journey.nonce()))
                .exec(http(whole ? WHOLE_CHAIN : NEW_ENTRIES).post(PAGE).header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .formParam("jakarta.faces.partial.ajax", "true")
                        .formParam("jakarta.faces.source", button)
                        .formParam("jakarta.faces.partial.execute", button)
                        .formParam("jakarta.faces.partial.render", "audit:verification")
                        .formParam(button, button)
                        .formParam("audit", "audit")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("custos-intact")))
                .injectOpen(atOnceUsers(1))).protocols(Journey.protocol());
    }
}
