package org.custos.protection.holds.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.security.api.ForPurpose;

/**
 * A disclosure of one person's data as HR or the DPM record it: to whom, what, for which purpose, when. The recipient
 * is an organisation of the register ({@code organisationId}), a recipient named in words, or both (the person or
 * team at that organisation).
 */
public record DisclosureForm(
        @Size(max = 300, message = "The recipient must have at most {max} characters.") String recipient,
        @NotBlank(message = "Say what was disclosed.")
        @Size(max = 2000, message = "What was disclosed must have at most {max} characters.") String disclosed,
        @NotNull(message = "Choose the purpose the data was disclosed for.") Long purposeId,
        @NotNull(message = "Enter the day the data was disclosed.")
        @PastOrPresent(message = "A disclosure cannot be recorded before it happens.") LocalDate disclosedOn,
        Long organisationId)
        implements Serializable, ForPurpose {

    @AssertTrue(message = "Name the recipient: the organisation or person who received the data.")
    public boolean isRecipientNamed() {
        return organisationId != null || recipient != null && !recipient.isBlank();
    }
}
