package org.custos.protection.retention.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An extension of items' retention: why, to which day, and a note (required for another reason). */
public record ExtensionForm(
        @NotNull(message = "Choose why the records are kept longer.") ExtensionReason reason,
        @NotNull(message = "Give the day the records are kept until.") LocalDate until,
        @Size(max = ExtensionForm.NOTE_MAX, message = "The note must have at most {max} characters.") String note)
        implements Serializable {

    /** The longest note, as the evidence stores it. */
    public static final int NOTE_MAX = 2000;
}
