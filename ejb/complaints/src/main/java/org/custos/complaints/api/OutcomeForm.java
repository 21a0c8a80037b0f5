package org.custos.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;

/** The outcome told to the complainant, and the day it was sent; recording it closes the file (P1). */
public record OutcomeForm(
        @NotBlank(message = "Enter the outcome.")
        @Size(max = ComplaintLimits.TEXT, message = "The outcome must have at most {max} characters.") String outcome,
        @NotNull(message = "Enter the day the outcome was sent.")
        @PlausibleDate("The day the outcome was sent") LocalDate outcomeOn) implements Serializable {
}
