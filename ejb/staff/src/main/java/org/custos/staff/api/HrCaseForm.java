package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.HrCaseKind;

/**
 * An HR case HR opens on a staff file: its kind, when it opened, what it is about in a sentence, the HR accounts
 * that handle it (the only ones besides the DPM who see it, X1) and, when there is one, the account of the person it
 * complains of or is about (a line manager a grievance is about), who never sees it.
 */
public record HrCaseForm(
        @NotNull(message = "Choose the staff file.") Long staffFileId,
        @NotNull(message = "Choose the kind of case.") HrCaseKind kind,
        @NotNull(message = "Enter the date the case opened.") LocalDate openedOn,
        @NotBlank(message = "Say in a sentence what the case is about.")
        @Size(max = 2000, message = "The summary must have at most {max} characters.") String summary,
        @NotEmpty(message = "Name at least one HR handler.") Set<String> handlers,
        @Size(max = 100, message = "The account must have at most {max} characters.") String aboutAccount)
        implements Serializable {

    public HrCaseForm {
        handlers = handlers == null ? null : Set.copyOf(handlers);
    }
}
