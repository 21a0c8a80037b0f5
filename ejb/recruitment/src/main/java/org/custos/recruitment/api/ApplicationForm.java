package org.custos.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ApplicationSource;
import org.custos.protection.register.api.ChosenPerson;

/**
 * A person's application to a campaign: who (someone new is registered with the application), where it came from (N2)
 * and when.
 */
public record ApplicationForm(
        @NotNull(message = "Choose the campaign.") Long campaignId,
        @NotNull(message = "Choose or create the applicant.") @Valid ChosenPerson applicant,
        @NotNull(message = "Choose where the application came from.") ApplicationSource source,
        @Size(max = 200, message = "The agency or referrer must have at most {max} characters.") String sourceName,
        @NotNull(message = "Enter the day the application was received.")
        @PastOrPresent(message = "The application cannot be received in the future.") LocalDate receivedOn)
        implements Serializable {

    @AssertTrue(message = "Name the agency or the person who referred the applicant.")
    public boolean isIndirectSourceNamed() {
        return source == null || source == ApplicationSource.DIRECT || sourceName != null && !sourceName.isBlank();
    }
}
