package org.custos.recruitment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;

/** L2: what the applicant was told (the notice or its version), how and when they agreed to stay in the pool. */
public record TalentPoolConsentForm(
        @NotBlank(message = "Enter the notice the applicant was given (its text or version).")
        @Size(max = 200, message = "The notice must have at most {max} characters.") String notice,
        @NotNull(message = "Choose how the applicant consented.") ConsentMethod method,
        @NotNull(message = "Enter the day the applicant consented.")
        @PastOrPresent(message = "Consent cannot be given in the future.") LocalDate givenOn) {
}
