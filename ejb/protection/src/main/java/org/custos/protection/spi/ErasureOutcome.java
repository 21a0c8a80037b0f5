package org.custos.protection.spi;

import java.util.List;

/** What one context did with an erasure: records erased, and records kept with the reason (never silently). */
public record ErasureOutcome(String context, int erased, List<String> keptWithReasons) {

    public ErasureOutcome {
        keptWithReasons = List.copyOf(keptWithReasons);
    }
}
