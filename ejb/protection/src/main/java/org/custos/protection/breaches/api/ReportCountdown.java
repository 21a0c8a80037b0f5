package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The time left to report a breach to the ICO (X5), for a breach still awaiting its decision or its report.
 *
 * @param deadline         the deadline from the compliance calendar, in the organisation's local time
 * @param hoursLeft        whole elapsed hours left; when overdue, whole hours past the deadline
 * @param minutesLeft      the minutes beyond {@code hoursLeft}
 * @param overdue          the deadline has passed
 * @param dueWithin24Hours not overdue, and less than 24 hours left
 */
public record ReportCountdown(LocalDateTime deadline, long hoursLeft, long minutesLeft, boolean overdue,
        boolean dueWithin24Hours) implements Serializable {

    /** "5 h 07 min left", or "overdue by 2 h 30 min". */
    public String text() {
        String time = hoursLeft + " h " + String.format("%02d", minutesLeft) + " min";
        return overdue ? "overdue by " + time : time + " left";
    }
}
