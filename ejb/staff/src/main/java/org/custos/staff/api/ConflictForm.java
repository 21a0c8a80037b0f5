package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A conflict of interest a member of staff declared (T1): what it is and when it was declared. */
public record ConflictForm(
        @NotNull(message = "Enter the date of the declaration.") LocalDate declaredOn,
        @NotBlank(message = "Enter what was declared.")
        @Size(max = 2000, message = "What was declared must have at most {max} characters.") String what)
        implements Serializable {
}
