package org.custos.complaints.api;

import java.io.Serializable;
import java.time.YearMonth;
import org.custos.domain.shared.ComplaintKind;

/**
 * How many complaints of a kind were received in a month, by outcome: still open, or closed with the outcome sent.
 * Counts only: no name, no words.
 */
public record ComplaintCount(YearMonth month, ComplaintKind kind, boolean outcomeSent, long count)
        implements Serializable {

    /** The outcome in words. */
    public String outcomeLabel() {
        return outcomeSent ? "Outcome sent" : "Open";
    }
}
