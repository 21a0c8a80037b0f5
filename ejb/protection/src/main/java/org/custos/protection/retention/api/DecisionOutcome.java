package org.custos.protection.retention.api;

import java.io.Serializable;
import java.util.List;

/** What a decision on many items did: how many were decided, and each item refused with the reason. */
public record DecisionOutcome(int decided, List<String> refused) implements Serializable {

    public DecisionOutcome {
        refused = List.copyOf(refused);
    }
}
