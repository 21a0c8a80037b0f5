package org.custos.recruitment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A reference asked of a referee, a person in the register. */
public record ReferenceForm(
        @NotNull(message = "Choose or create the referee.") Long refereeSubjectId,
        @NotNull(message = "Enter the day the reference was requested.")
        @PastOrPresent(message = "A reference cannot be requested in the future.") LocalDate requestedOn) {
}
