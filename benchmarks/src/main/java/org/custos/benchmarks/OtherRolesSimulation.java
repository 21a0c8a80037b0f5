package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The DPM, then a hiring manager, then HR in the staff files, in the organisations and in the complaints, then the
 * DPM in the complaint counts, each alone, going through their rounds {@code bench.loops} times after the unmeasured
 * warm-up ({@link OneUserSimulation}'s): their one-user figures, compiling a response among them (the first compiled
 * person's request).
 */
public class OtherRolesSimulation extends Simulation {

    {
        int loops = Integer.getInteger("bench.loops", 10);
        setUp(scenario("the DPM alone").exec(Journey.logIn(BenchAccount.DPM))
                .exec(session -> session.set("compileRequest", SeededHoldings.compileRequest(0)))
                .exec(measured(DpmJourney.round(), loops)).injectOpen(atOnceUsers(1))
                .andThen(scenario("a hiring manager alone").exec(Journey.logIn(BenchAccount.HIRING_MANAGER))
                        .exec(measured(HiringManagerJourney.round(), loops)).injectOpen(atOnceUsers(1))
                        .andThen(scenario("HR's staff files alone").exec(Journey.logIn(BenchAccount.HR))
                                .exec(measured(StaffJourney.round(), loops)).injectOpen(atOnceUsers(1))
                                .andThen(scenario("HR's organisations alone").exec(Journey.logIn(BenchAccount.HR))
                                        .exec(measured(OrganisationsJourney.round(), loops))
                                        .injectOpen(atOnceUsers(1))
                                        .andThen(complaints(loops))))))
                .protocols(Journey.protocol());
    }

    /** HR's open complaints, then the DPM's counts of them, each alone. */
    private static PopulationBuilder complaints(int loops) {
        return scenario("HR's complaints alone").exec(Journey.logIn(BenchAccount.HR))
                .exec(measured(ComplaintsJourney.handlerRound(), loops)).injectOpen(atOnceUsers(1))
                .andThen(scenario("the DPM's complaint counts alone").exec(Journey.logIn(BenchAccount.DPM))
                        .exec(measured(ComplaintsJourney.countsRound(), loops)).injectOpen(atOnceUsers(1)));
    }

    private static ChainBuilder measured(ChainBuilder round, int loops) {
        return group("warm-up").on(repeat(Size.WARM_UP_RUNS).on(round)).repeat(loops).on(round);
    }
}
