package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * One HR user going through the people search {@code bench.loops} times: the one-user figures. The first rounds
 * warm the server up (its JIT, the pool's connections and statements) in the group "warm-up", whose requests
 * the report leaves out ({@link GatlingRun} reads only the requests outside groups).
 */
public class OneUserSimulation extends Simulation {

    {
        setUp(scenario("one user").exec(Journey.logIn(BenchAccount.HR))
                .group("warm-up").on(repeat(Size.WARM_UP_RUNS).on(Journey.peopleSearch()))
                .repeat(Integer.getInteger("bench.loops", 10)).on(Journey.peopleSearch())
                .injectOpen(atOnceUsers(1))).protocols(Journey.protocol());
    }
}
