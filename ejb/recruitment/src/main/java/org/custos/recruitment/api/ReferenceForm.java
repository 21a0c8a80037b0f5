package org.custos.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.protection.register.api.ChosenPerson;

/** A reference asked of a referee, a person in the register (someone new is registered with the reference). */
public record ReferenceForm(
        @NotNull(message = "Choose or create the referee.") @Valid ChosenPerson referee,
        @NotNull(message = "Enter the day the reference was requested.")
        @PastOrPresent(message = "A reference cannot be requested in the future.") LocalDate requestedOn)
        implements Serializable {
}
