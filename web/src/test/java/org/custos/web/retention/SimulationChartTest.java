package org.custos.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.custos.protection.retention.api.DueCount;
import org.custos.protection.retention.api.Simulation;
import org.junit.jupiter.api.Test;

/** The simulator's chart (R6): a bar per month of the range, stacked by record group, zero where nothing is due. */
class SimulationChartTest {

    @Test
    void aBarPerMonthStackedByRecordGroupWithZerosWhereNothingFallsDue_R6() {
        List<YearMonth> months = List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
        Simulation simulation = new Simulation(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), months, List.of(
                new DueCount("staff", "Staff", "s.files", "Staff files", YearMonth.of(2027, 2), 4, 3),
                new DueCount("complaints", "Complaints", "c.letters", "Letters \"sent\"", YearMonth.of(2027, 3), 2,
                        2)), 6, 5, Map.of());
        String chart = SimulationChart.stackedByRecordGroup(simulation);
        assertTrue(chart.contains("\"labels\":[\"Jan 2027\",\"Feb 2027\",\"Mar 2027\"]"), chart);
        assertTrue(chart.contains(
                "{\"label\":\"Staff files (Staff)\",\"backgroundColor\":\"#1e88e5\",\"data\":[0,4,0]}"), chart);
        assertTrue(chart.contains("\"label\":\"Letters \\\"sent\\\" (Complaints)\""), chart);
        assertTrue(chart.contains("\"data\":[0,0,2]"), chart);
    }

    @Test
    void labelsCannotCloseTheScriptTheyAreWrittenIn() {
        assertEquals("\"\\u003c/script\\u003e\"", SimulationChart.quoted("</script>"));
    }
}
