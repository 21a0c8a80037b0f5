package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.HrCaseNoteKind;

/** An allegation or concern, or an investigation note, added to an HR case. */
public record HrCaseNoteForm(
        @NotNull(message = "Choose what the note records.") HrCaseNoteKind kind,
        @NotBlank(message = "Write the note.")
        @Size(max = 10000, message = "The note must have at most {max} characters.") String note)
        implements Serializable {
}
