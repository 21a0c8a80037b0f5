package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The review of a conflict-of-interest declaration (T1): by whom, when, and what was decided. */
public record ConflictReviewForm(
        @NotBlank(message = "Enter who reviewed the declaration.")
        @Size(max = 200, message = "The reviewer's name must have at most {max} characters.") String reviewedBy,
        @NotNull(message = "Enter the date of the review.") LocalDate reviewedOn,
        @NotBlank(message = "Enter the outcome of the review.")
        @Size(max = 2000, message = "The outcome must have at most {max} characters.") String outcome)
        implements Serializable {
}
