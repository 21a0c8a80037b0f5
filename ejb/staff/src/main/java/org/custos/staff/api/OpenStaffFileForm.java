package org.custos.staff.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;
import org.custos.protection.register.api.ChosenPerson;

/**
 * A staff file HR opens directly: the person (found in the register, or someone new, registered with the file) and
 * the engagement's first facts.
 */
public record OpenStaffFileForm(
        @NotNull(message = "Choose the person.") @Valid ChosenPerson person,
        @NotNull(message = "Choose the type of engagement.") EngagementType type,
        @NotBlank(message = "Enter the job title.")
        @Size(max = 200, message = "The job title must have at most {max} characters.")
        String jobTitle,
        @NotNull(message = "Enter the start date.") LocalDate startDate) implements Serializable {
}
