package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;

/** A staff file HR opens directly: the person (in the register) and the engagement's first facts. */
public record OpenStaffFileForm(
        @NotNull(message = "Choose the person.") Long subjectId,
        @NotNull(message = "Choose the type of engagement.") EngagementType type,
        @NotBlank(message = "Enter the job title.")
        @Size(max = 200, message = "The job title must have at most {max} characters.")
        String jobTitle,
        @NotNull(message = "Enter the start date.") LocalDate startDate) {
}
