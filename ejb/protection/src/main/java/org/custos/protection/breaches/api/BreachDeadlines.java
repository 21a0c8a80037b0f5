package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The 72-hour report deadlines (X5) of the breaches still awaiting their decision or report, for the daily
 * reminders: by number only. Not a facade: the reminders' timer calls it with no caller.
 */
public interface BreachDeadlines {

    record BreachDeadline(long breachId, Instant reportBy) implements Serializable {
    }

    /** The breaches whose 72-hour clock runs, soonest deadline first. */
    List<BreachDeadline> running();
}
