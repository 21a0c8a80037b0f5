package org.custos.protection.retention.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.spi.RetentionRule;
import org.custos.security.api.RequestRefused;

/**
 * What the simulator is asked (R6), checked: the first day not after the last, at most {@value #MAX_YEARS} years
 * apart, and each hypothetical period one of a rule the schedule holds, written as a period in words ("3 years",
 * "18 months") or ISO-8601 ("P3Y"), longer than nothing; a blank period leaves the rule as it is set.
 */
record SimulationRequest(LocalDate from, LocalDate to, Map<String, Period> periods) {

    static final int MAX_YEARS = 10;

    /** The request, or refused with the reason in words. {@code rules}: the rule with a key, null when none. */
    static SimulationRequest of(LocalDate from, LocalDate to, Map<String, String> overrides,
            Function<String, RetentionRule> rules) {
        if (from.isAfter(to)) {
            throw new RequestRefused("The first day must not be after the last day.");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new RequestRefused("The simulator looks at most " + MAX_YEARS
                    + " years ahead: choose a shorter range.");
        }
        Map<String, Period> periods = new LinkedHashMap<>();
        if (overrides != null) {
            overrides.forEach((key, text) -> {
                if (text == null || text.isBlank()) {
                    return;
                }
                RetentionRule rule = rules.apply(key);
                if (rule == null) {
                    throw new RequestRefused("There is no retention rule " + key + " in the schedule.");
                }
                periods.put(key, period(text).orElseThrow(() -> new RequestRefused(rule.label()
                        + ": enter a period such as 3 years, 18 months or 1 year 6 months.")));
            });
        }
        return new SimulationRequest(from, to, Map.copyOf(periods));
    }

    /** The hypothetical periods in words, by rule key, as the simulation reports them. */
    Map<String, String> inWords() {
        Map<String, String> words = new LinkedHashMap<>();
        periods.forEach((key, period) -> words.put(key, PeriodText.of(period)));
        return words;
    }

    private static Optional<Period> period(String text) {
        return PeriodText.iso(text).filter(iso -> iso.startsWith("P") && !iso.startsWith("PT")).map(Period::parse)
                .filter(period -> !period.isNegative() && !period.isZero());
    }
}
