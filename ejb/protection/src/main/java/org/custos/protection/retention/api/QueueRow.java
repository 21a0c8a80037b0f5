package org.custos.protection.retention.api;

import java.io.Serializable;
import java.util.List;

/**
 * One item of the review queue as the reviewer reads it: the person, the context and record group, the day it fell
 * due and why, where it stands, the disposals its rule offers, and what holds it (empty when nothing does). Dates
 * are in words.
 */
public record QueueRow(long itemId, long subjectId, String person, String contextLabel, String recordGroup,
        String due, String reason, ItemState state, String stateText, List<RetentionAction> offered,
        List<String> holds) implements Serializable {

    public QueueRow {
        offered = List.copyOf(offered);
        holds = List.copyOf(holds);
    }

    public boolean held() {
        return !holds.isEmpty();
    }
}
