package org.custos.protection.retention.api;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many items wait for a decision in one context and rule, up to {@link RetentionReview#GROUP_COUNTED_MAX}
 * ({@code countStopped} when there are more): the group a reviewer filters the queue by.
 */
public record RuleGroup(String context, String contextLabel, String rule, String recordGroup, long waiting,
        boolean countStopped) implements Serializable {

    /** The count in words: "120", or "more than 1,000". */
    public String waitingText() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        return countStopped ? "more than " + number.format(RetentionReview.GROUP_COUNTED_MAX) : number.format(waiting);
    }
}
