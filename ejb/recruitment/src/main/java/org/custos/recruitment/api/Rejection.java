package org.custos.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Why an application is rejected, whether that reason may be told to the applicant (only then does their rejection
 * letter give it), and the applicant's talent-pool consent if they gave it (never assumed, L2).
 */
public record Rejection(
        @NotBlank(message = "Give the reason for the rejection.")
        @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason,
        boolean reasonMayBeTold, @Valid TalentPoolConsentForm talentPoolConsent) implements Serializable {
}
