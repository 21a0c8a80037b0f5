package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A version of the retention schedule: its number, when and by whom it was made, and what changed in words
 * ("Job applications: from 6 months (the default) to 1 year"); version 1 is the policy's defaults.
 */
public record ScheduleVersion(int number, LocalDateTime changedAt, String changedBy, String change)
        implements Serializable {
}
