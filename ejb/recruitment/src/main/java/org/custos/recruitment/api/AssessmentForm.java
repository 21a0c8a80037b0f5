package org.custos.recruitment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.AssessmentType;

/** What an assessor records: the kind, the day, who assessed, notes and an optional score out of 100. */
public record AssessmentForm(
        @NotNull(message = "Choose the kind of assessment.") AssessmentType type,
        @NotNull(message = "Enter the day of the assessment.")
        @PastOrPresent(message = "An assessment cannot be recorded before it happens.") LocalDate heldOn,
        @NotBlank(message = "Enter who assessed.")
        @Size(max = 200, message = "The assessor must have at most {max} characters.") String assessor,
        @Size(max = 8000, message = "The notes must have at most {max} characters.") String notes,
        @Min(value = 0, message = "The score is between 0 and 100.")
        @Max(value = 100, message = "The score is between 0 and 100.") Integer score) implements Serializable {
}
