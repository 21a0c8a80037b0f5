package org.custos.protection.calendar.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A CDI event: the DPM changed the time to give the privacy notice when the data came from others (N2), or set it
 * back to its default. The values are the setting's ISO-8601 text, {@code null} for the default. The notices owed
 * observe it to move their due days to the period as it now is, in the same transaction as the change.
 */
public record NoticePeriodChanged(String oldValue, String newValue, String by, LocalDateTime at)
        implements Serializable {
}
