package org.custos.recruitment.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What HR enters about a campaign. */
public record CampaignForm(
        @NotBlank(message = "Enter the campaign's title.")
        @Size(max = 200, message = "The title must have at most {max} characters.") String title,
        @NotBlank(message = "Enter the role being recruited for.")
        @Size(max = 200, message = "The role must have at most {max} characters.") String jobRole,
        @NotNull(message = "Enter the opening date.") LocalDate opensOn,
        @NotNull(message = "Enter the closing date.") LocalDate closesOn,
        @NotNull Set<@NotBlank String> hiringManagers) implements Serializable {

    public CampaignForm {
        hiringManagers = hiringManagers == null ? Set.of() : Set.copyOf(hiringManagers);
    }

    @AssertTrue(message = "The closing date cannot be before the opening date.")
    public boolean isClosingAfterOpening() {
        return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
    }
}
