package org.custos.protection.breaches.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.PlausibleDate;

/**
 * Whether the people affected by a breach were told (X5): when and how, or why not (for example because the
 * measures taken make a high risk to them no longer likely, as ICO guidance allows).
 */
public record PeopleToldForm(@PlausibleDate("The time the people affected were told") LocalDateTime toldAt,
        @Size(max = 2000, message = "How they were told must have at most {max} characters.") String how,
        @Size(max = 4000, message = "The reason must have at most {max} characters.") String notToldReason)
        implements Serializable {

    @AssertTrue(message = "Enter either when the people affected were told, or why they were not told.")
    public boolean isEitherToldOrExplained() {
        boolean explained = notToldReason != null && !notToldReason.isBlank();
        return (toldAt != null) != explained;
    }
}
