package org.custos.protection.consent.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.SentPerson;

/**
 * A consent given on the website (L2): who gave it, how they are known to the organisation (for someone new), the
 * purpose, the notice version they were shown, the exact words they agreed to, and {@code agreed}, their own yes,
 * which the website must send (never pre-ticked). Given by web form, today.
 */
public record ReceivedConsent(
        @NotNull(message = "Give the person's details.") @Valid SentPerson person,
        @NotNull(message = "Choose how the person is known to the organisation.") SubjectCategory category,
        @NotNull(message = "Choose the purpose they consented to.") Long purposeId,
        @NotNull(message = "Choose the version of the privacy notice the person was given.") Long noticeVersionId,
        @NotBlank(message = "Enter the exact words they agreed to.")
        @Size(max = ConsentForm.WORDING_MAX, message = "The wording must have at most {max} characters.")
        String wording,
        Boolean agreed) implements Serializable {
}
