package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * {@code bench.users} HR sessions, each logged in once, going through the people search without pause for
 * {@code bench.seconds}: the concurrent figures.
 */
public class ConcurrentSimulation extends Simulation {

    {
        setUp(scenario("concurrent sessions").exec(Journey.logIn(BenchAccount.HR))
                .during(Duration.ofSeconds(Integer.getInteger("bench.seconds", 20))).on(Journey.peopleSearch())
                .injectOpen(atOnceUsers(Integer.getInteger("bench.users", 2)))).protocols(Journey.protocol());
    }
}
