package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.RetentionRule;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** What the simulator accepts (R6): a forward range of at most ten years, and periods in words for known rules. */
class SimulationRequestTest {

    private static final RetentionRule FILES = new RetentionRule(DataContext.STAFF, "s.files", "R2", "Staff files",
            "Left employment", Period.ofYears(6));
    private static final Function<String, RetentionRule> RULES = key -> key.equals(FILES.key()) ? FILES : null;
    private static final LocalDate DAY = LocalDate.of(2027, 1, 1);

    private static SimulationRequest request(String period) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put(FILES.key(), period);
        return SimulationRequest.of(DAY, DAY.plusYears(1), overrides, RULES);
    }

    @Test
    void readsAHypotheticalPeriodInWordsOrIso_R6() {
        assertEquals(Map.of(FILES.key(), Period.ofYears(3)), request("3 years").periods());
        assertEquals(Map.of(FILES.key(), Period.of(1, 6, 0)), request("1 year and 6 months").periods());
        assertEquals(Map.of(FILES.key(), Period.ofMonths(18)), request("P18M").periods());
        assertEquals(Map.of(FILES.key(), "3 years"), request("3 years").inWords());
    }

    @Test
    void aBlankPeriodLeavesTheRuleAsItIsSet_R6() {
        assertEquals(Map.of(), request(" ").periods());
        assertEquals(Map.of(), request(null).periods());
        assertEquals(Map.of(), SimulationRequest.of(DAY, DAY, null, RULES).periods());
    }

    @Test
    void refusesAPeriodItCannotReadOrOfNoLength_R6() {
        for (String wrong : new String[] {"soon", "72 hours", "off", "0 days", "P-1Y"}) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> request(wrong), wrong);
            assertEquals("Staff files: enter a period such as 3 years, 18 months or 1 year 6 months.",
                    refused.getMessage());
        }
    }

    @Test
    void refusesARuleTheScheduleDoesNotHold_R6() {
        assertThrows(RequestRefused.class, () -> SimulationRequest.of(DAY, DAY, Map.of("other", "3 years"), RULES));
    }

    @Test
    void refusesABackwardRangeAndOneLongerThanTenYears_R6() {
        assertThrows(RequestRefused.class, () -> SimulationRequest.of(DAY, DAY.minusDays(1), Map.of(), RULES));
        assertEquals(DAY.plusYears(10), SimulationRequest.of(DAY, DAY.plusYears(10), Map.of(), RULES).to());
        assertThrows(RequestRefused.class, () -> SimulationRequest.of(DAY, DAY.plusYears(10).plusDays(1), Map.of(),
                RULES));
    }
}
