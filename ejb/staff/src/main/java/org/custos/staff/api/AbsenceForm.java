package org.custos.staff.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** A period of sickness absence: its first day, its last day (none while it continues), whether a fit note was given. */
public record AbsenceForm(
        @NotNull(message = "Choose the staff file.") Long staffFileId,
        @NotNull(message = "Enter the first day of absence.") LocalDate firstDay,
        LocalDate lastDay,
        boolean fitNoteGiven) implements Serializable {
}
