package org.custos.protection.spi;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;

/**
 * A retention rule a context declares for one group of its records (R1-R5): the setting that holds its period
 * ({@code key}, the DPM may change it), the DOMAIN rule it applies, what it keeps and from which event the clock
 * counts, the policy's default period, and what the reviewer is offered at its end besides destruction
 * ({@code atEnd}). The context counts its review dates with
 * {@link org.custos.protection.calendar.api.ComplianceCalendar#retentionPeriod(RetentionRule)}.
 */
public record RetentionRule(DataContext context, String key, String rule, String label, String countsFrom,
        Period defaultPeriod, Disposal atEnd) {

    public RetentionRule {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(countsFrom, "countsFrom");
        Objects.requireNonNull(defaultPeriod, "defaultPeriod");
        Objects.requireNonNull(atEnd, "atEnd");
    }

    /** A rule whose records are reviewed for destruction at its end. */
    public RetentionRule(DataContext context, String key, String rule, String label, String countsFrom,
            Period defaultPeriod) {
        this(context, key, rule, label, countsFrom, defaultPeriod, Disposal.DESTROY);
    }

    /** Why a record of this rule is due, in words: the event its clock counts from and when that was. */
    public String reason(LocalDate eventOn) {
        return countsFrom + ": " + OrganisationTime.DAY.format(eventOn) + ".";
    }
}
