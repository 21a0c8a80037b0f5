package org.custos.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The concurrent figures: a mixed load of {@code bench.users} sessions ({@link Mix}), each logged in once and going
 * through its role's round without pause for {@code bench.seconds}: HR's people search, the DPM's requests and
 * compiling (each DPM session on its own compiled person's request), a hiring manager's campaigns.
 */
public class ConcurrentSimulation extends Simulation {

    /** Half the sessions HR's, a quarter the DPM's and a quarter hiring managers', at least one each. */
    record Mix(int hr, int dpm, int hiringManagers) {

        static Mix of(int users) {
            int dpm = Math.max(1, users / 4);
            int hiringManagers = Math.max(1, users / 4);
            return new Mix(Math.max(1, users - dpm - hiringManagers), dpm, hiringManagers);
        }

        int sessions() {
            return hr + dpm + hiringManagers;
        }

        /** The compiled people a run needs: one per session, whatever its role (sessions are numbered together). */
        int compiledPeople() {
            return sessions() + 1;
        }

        String described() {
            return hr + " HR, " + dpm + " DPM and " + hiringManagers + " hiring manager sessions";
        }
    }

    {
        Mix mix = Mix.of(Integer.getInteger("bench.users", 2));
        Duration length = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        setUp(scenario("HR").exec(Journey.logIn(BenchAccount.HR)).during(length).on(Journey.peopleSearch())
                        .injectOpen(atOnceUsers(mix.hr())),
                scenario("DPM").exec(Journey.logIn(BenchAccount.DPM))
                        .exec(session -> session.set("compileRequest",
                                SeededHoldings.compileRequest((int) (session.userId() % mix.compiledPeople()))))
                        .during(length).on(DpmJourney.round()).injectOpen(atOnceUsers(mix.dpm())),
                scenario("hiring manager").exec(Journey.logIn(BenchAccount.HIRING_MANAGER))
                        .during(length).on(HiringManagerJourney.round())
                        .injectOpen(atOnceUsers(mix.hiringManagers())))
                .protocols(Journey.protocol());
    }
}
