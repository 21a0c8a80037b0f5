package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What acting on a request did in one context: the action, how many records, and what was kept and why. */
public record OutcomeView(String context, String action, int done, String kept, LocalDateTime happenedAt)
        implements Serializable {
}
