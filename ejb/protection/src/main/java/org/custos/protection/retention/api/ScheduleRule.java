package org.custos.protection.retention.api;

import java.io.Serializable;

/**
 * One rule of the retention schedule, in words: the context and record group it keeps, the DOMAIN rule it applies
 * ({@code rule}, for the exported policy and the audit, not shown as a code in sentences), the event its clock
 * counts from, its period now and the policy's default (ISO-8601 text and words), and what its end offers.
 */
public record ScheduleRule(String context, String contextLabel, String key, String recordGroup, String rule,
        String countsFrom, String period, String periodWords, String defaultPeriod, String defaultWords,
        String atEnd) implements Serializable {

    /** Whether the DPM changed the period from the policy's default. */
    public boolean changed() {
        return !period.equals(defaultPeriod);
    }
}
