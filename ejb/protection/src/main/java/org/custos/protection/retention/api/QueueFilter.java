package org.custos.protection.retention.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which items of the review queue to list: of one context (its key) or all, of one rule (its setting key) or all, in
 * one state or those not done (waiting, extended, decided, failed), due before a day or whenever. Nulls select all.
 */
public record QueueFilter(String context, String rule, ItemState state, LocalDate dueBefore) implements Serializable {

    /** Everything not yet done. */
    public static QueueFilter open() {
        return new QueueFilter(null, null, null, null);
    }
}
