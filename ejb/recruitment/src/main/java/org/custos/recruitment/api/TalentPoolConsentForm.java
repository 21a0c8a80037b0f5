package org.custos.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.security.api.DocumentUpload;

/**
 * L2: the applicant's consent to stay in the talent pool, recorded on the consent ledger: the version of the privacy
 * notice they were given, the exact words they agreed to, how and when, and {@code agreed}, their explicit yes (no
 * default: never pre-ticked), with the evidence as a document if there is one (told by its content, ADR 0005).
 */
public record TalentPoolConsentForm(
        Long noticeVersionId,
        @NotBlank(message = "Enter the exact words the applicant agreed to.")
        @Size(max = ConsentForm.WORDING_MAX, message = "The wording must have at most {max} characters.")
        String wording,
        @NotNull(message = "Choose how the applicant consented.") ConsentMethod method,
        @NotNull(message = "Enter the day the applicant consented.")
        @PastOrPresent(message = "Consent cannot be given in the future.") LocalDate givenOn,
        Boolean agreed,
        @Valid DocumentUpload evidenceDocument) implements Serializable {
}
