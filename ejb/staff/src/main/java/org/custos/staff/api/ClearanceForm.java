package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A security clearance (T1): its level, the body that vetted, when it was granted and, if it ends, when. */
public record ClearanceForm(
        @NotBlank(message = "Enter the level of clearance.")
        @Size(max = 100, message = "The level must have at most {max} characters.") String level,
        @NotBlank(message = "Enter the vetting body.")
        @Size(max = 200, message = "The vetting body must have at most {max} characters.") String vettingBody,
        @NotNull(message = "Enter the date the clearance was granted.") LocalDate grantedOn,
        LocalDate expiresOn) implements Serializable {
}
