package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;

/**
 * The DPM alone: one retention run over the seeded contexts ({@link RetentionJourney#run()}), then the review queue
 * it filled, {@code bench.loops} rounds after the unmeasured warm-up ({@link RetentionJourney#queueRound()}).
 */
public class RetentionSimulation extends Simulation {

    {
        setUp(scenario("the DPM's retention run and review queue").exec(Journey.logIn(BenchAccount.DPM))
                .exec(RetentionJourney.run())
                .group("warm-up").on(repeat(Size.WARM_UP_RUNS).on(RetentionJourney.queueRound()))
                .repeat(Integer.getInteger("bench.loops", 10)).on(RetentionJourney.queueRound())
                .injectOpen(atOnceUsers(1))).protocols(Journey.protocol());
    }
}
