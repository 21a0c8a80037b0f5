package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;

/** A service provided as typed: what, when, and optionally for which of the organisation's contacts. */
public record ServiceForm(
        @NotBlank(message = "Enter what was provided.")
        @Size(max = 500, message = "What was provided must have at most {max} characters.")
        String description,
        @NotNull(message = "Enter when it was provided.")
        @PlausibleDate("The date it was provided") LocalDate providedOn,
        Long contactSubjectId) implements Serializable {
}
