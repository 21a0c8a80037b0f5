package org.custos.protection.calendar.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A CDI event: the DPM changed the period of a retention rule (R1-R6), or set it back to the policy's default.
 * The values are the settings' ISO-8601 text, {@code null} for the default. The retention schedule observes it to
 * make its next version, in the same transaction as the change.
 */
public record RetentionPeriodChanged(String key, String oldValue, String newValue, String by, LocalDateTime at)
        implements Serializable {
}
