package org.custos.protection.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record that reached its retention date and waits for review (R6): the context's record ({@code recordType},
 * {@code recordId}) of the person, the day it fell due, the {@link RetentionRule#key() key} of the rule that made it
 * due, and why, in words the reviewer reads.
 */
public record RetentionItem(String context, String recordType, String recordId, long subjectId, LocalDate dueOn,
        String rule, String reason) {

    public RetentionItem {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
