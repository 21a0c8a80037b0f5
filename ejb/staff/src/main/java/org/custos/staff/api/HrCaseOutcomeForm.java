package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.WarningLevel;

/**
 * How an HR case ended. A warning has its level; its expiry is {@code warningExpiresOn} when HR sets one, otherwise
 * the decision's date plus the level's period (a setting, R3).
 */
public record HrCaseOutcomeForm(
        @NotNull(message = "Enter the date of the decision.") LocalDate decidedOn,
        @NotBlank(message = "Describe the outcome.")
        @Size(max = 2000, message = "The outcome must have at most {max} characters.") String outcome,
        WarningLevel warningLevel,
        LocalDate warningExpiresOn) implements Serializable {
}
