package org.custos.protection.breaches.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** The processors (by organisation id) and systems (by context key) a breach touched. */
public record ImpactQuery(
        @NotNull @Size(max = 200, message = "Choose at most {max} processors.") Set<@NotNull Long> processorIds,
        @NotNull @Size(max = 20, message = "Choose at most {max} systems.") Set<@NotNull String> systems)
        implements Serializable {

    @AssertTrue(message = "Choose at least one processor or system.")
    public boolean isChosen() {
        return processorIds == null || systems == null || !processorIds.isEmpty() || !systems.isEmpty();
    }
}
