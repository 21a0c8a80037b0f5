package org.custos.protection.retention.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The organisation's retention schedule (R1-R6): every rule every deployed context declares, with its period now
 * and the policy's default, its versions, its export as the retention policy document (PDF and CSV), and the
 * simulator of what would fall due between two dates. The DPM reads and exports it and runs the simulator; HR
 * reads and exports it.
 */
@Local
public interface RetentionSchedule {

    /** Every rule of every deployed context, by context and record group. */
    List<ScheduleRule> rules();

    /** The schedule's versions, newest first; version 1 is the policy's defaults. */
    List<ScheduleVersion> versions();

    /** The schedule as CSV (UTF-8), a row per rule. */
    byte[] csv();

    /** The schedule as the retention policy document (PDF), with its versions. */
    byte[] pdf();

    /**
     * What would fall due between {@code from} and {@code to} (both included), per context, rule and month, with
     * the periods of {@code overrides} (by the rule's setting key, in words such as "3 years") instead of the
     * settings; nothing is changed or queued.
     *
     * @throws org.custos.security.api.RequestRefused when the dates are the wrong way round, more than ten years
     *         apart, or a period or rule is not one the schedule knows
     */
    Simulation simulate(@NotNull(message = "Enter the first day.") LocalDate from,
            @NotNull(message = "Enter the last day.") LocalDate to, Map<String, String> overrides);
}
