package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What would fall due between two days (R6): a count per context, rule and month ({@code counts}, by context, rule
 * and month), the months of the range, the totals, and the hypothetical periods it used, in words by rule key.
 */
public record Simulation(LocalDate from, LocalDate to, List<YearMonth> months, List<DueCount> counts,
        long records, long people, Map<String, String> overrides) implements Serializable {
}
