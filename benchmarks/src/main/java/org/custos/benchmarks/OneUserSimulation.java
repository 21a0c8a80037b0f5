package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/** One HR user going through the people search {@code bench.loops} times: the one-user figures. */
public class OneUserSimulation extends Simulation {

    {
        setUp(scenario("one user").exec(Journey.logIn())
                .repeat(Integer.getInteger("bench.loops", 10)).on(Journey.peopleSearch())
                .injectOpen(atOnceUsers(1))).protocols(Journey.protocol());
    }
}
