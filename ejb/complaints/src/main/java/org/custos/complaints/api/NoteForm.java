package org.custos.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;

/** An investigation step as typed: the day it was taken and what was done or found. */
public record NoteForm(
        @NotNull(message = "Enter the day of the step.") @PlausibleDate("The day of the step") LocalDate notedOn,
        @NotBlank(message = "Enter what was done or found.")
        @Size(max = ComplaintLimits.NOTE, message = "The step must have at most {max} characters.") String text)
        implements Serializable {
}
