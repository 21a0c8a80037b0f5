package org.custos.protection.calendar.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/** The simulator's periods hold on one thread for one piece of work only (R6): they never leak. */
class HypotheticalPeriodsTest {

    private static final Period THREE_YEARS = Period.ofYears(3);

    @Test
    void holdOnlyWhileTheWorkRuns_R6() {
        assertEquals(Optional.of(THREE_YEARS), HypotheticalPeriods.during(Map.of("a", THREE_YEARS),
                () -> HypotheticalPeriods.of("a")));
        assertEquals(Optional.empty(), HypotheticalPeriods.during(Map.of("a", THREE_YEARS),
                () -> HypotheticalPeriods.of("b")));
        assertEquals(Optional.empty(), HypotheticalPeriods.of("a"));
    }

    @Test
    void areGoneWhenTheWorkFails_R6() {
        assertThrows(IllegalStateException.class, () -> HypotheticalPeriods.during(Map.of("a", THREE_YEARS), () -> {
            throw new IllegalStateException("failed");
        }));
        assertEquals(Optional.empty(), HypotheticalPeriods.of("a"));
    }

    @Test
    void anotherThreadNeverSeesThem_R6() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Optional<Period> seen = HypotheticalPeriods.during(Map.of("a", THREE_YEARS),
                    () -> CompletableFuture.supplyAsync(() -> HypotheticalPeriods.of("a"), other).join());
            assertEquals(Optional.empty(), seen);
        } finally {
            other.shutdown();
        }
    }

    @Test
    void anInnerSimulationGivesBackTheOuterOnesPeriods_R6() {
        Optional<Period> after = HypotheticalPeriods.during(Map.of("a", THREE_YEARS), () -> {
            HypotheticalPeriods.during(Map.of("a", Period.ofYears(1)), () -> HypotheticalPeriods.of("a"));
            return HypotheticalPeriods.of("a");
        });
        assertEquals(Optional.of(THREE_YEARS), after);
    }
}
