package org.custos.protection.breaches.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Whether the people affected by a breach were told (X5): when and how, or why not (for example because the
 * measures taken make a high risk to them no longer likely, as ICO guidance allows).
 */
public record PeopleToldForm(LocalDateTime toldAt,
        @Size(max = 2000, message = "How they were told must have at most 2000 characters.") String how,
        @Size(max = 4000, message = "The reason must have at most 4000 characters.") String notToldReason) {

    @AssertTrue(message = "Enter either when the people affected were told, or why they were not told.")
    public boolean isEitherToldOrExplained() {
        boolean explained = notToldReason != null && !notToldReason.isBlank();
        return (toldAt != null) != explained;
    }
}
