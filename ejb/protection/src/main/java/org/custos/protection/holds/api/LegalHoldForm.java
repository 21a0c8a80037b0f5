package org.custos.protection.holds.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A legal hold the DPM places on a person's records: the context whose records it keeps (one of the contexts that
 * hold personal data), or null for every context, and why (the claim, the investigation, its reference).
 */
public record LegalHoldForm(
        String context,
        @NotBlank(message = "Give the reason for the hold, like the claim and its reference.")
        @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason)
        implements Serializable {
}
