package org.custos.protection.spi;

import java.time.Period;
import java.util.Objects;
import org.custos.domain.shared.DataContext;

/**
 * A retention rule a context declares for one group of its records (R1-R5): the setting that holds its period
 * ({@code key}, the DPM may change it), the DOMAIN rule it applies, what it keeps and from which event the clock
 * counts, and the policy's default period. The context counts its review dates with
 * {@link org.custos.protection.calendar.api.ComplianceCalendar#retentionPeriod(RetentionRule)}.
 */
public record RetentionRule(DataContext context, String key, String rule, String label, String countsFrom,
        Period defaultPeriod) {

    public RetentionRule {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(defaultPeriod, "defaultPeriod");
    }
}
