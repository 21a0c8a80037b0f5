package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A meeting of an HR case: when it was held, who attended and what was said. */
public record HrCaseMeetingForm(
        @NotNull(message = "Enter the date of the meeting.") LocalDate heldOn,
        @NotBlank(message = "Say who attended.")
        @Size(max = 1000, message = "Who attended must have at most {max} characters.") String attendees,
        @Size(max = 10000, message = "The notes must have at most {max} characters.") String notes)
        implements Serializable {
}
