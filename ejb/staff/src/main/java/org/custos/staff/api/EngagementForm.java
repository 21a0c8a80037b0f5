package org.custos.staff.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;

/** The engagement of a staff file as HR changes it (T1): saved as a new dated row, the old one kept as history. */
public record EngagementForm(
        @NotNull(message = "Choose the type of engagement.") EngagementType type,
        @NotBlank(message = "Enter the job title.")
        @Size(max = 200, message = "The job title must have at most {max} characters.") String jobTitle,
        @Size(max = 200, message = "The department must have at most {max} characters.") String department,
        Long lineManagerFileId,
        @Size(max = 200, message = "The place of work must have at most {max} characters.") String placeOfWork,
        @Size(max = 100, message = "The contract type must have at most {max} characters.") String contractType,
        @DecimalMin(value = "0", message = "The weekly hours cannot be negative.")
        @DecimalMax(value = "168", message = "A week has at most 168 hours.")
        @Digits(integer = 3, fraction = 2, message = "Enter the weekly hours with at most two decimals.")
        BigDecimal weeklyHours,
        @NotNull(message = "Enter the start date.") LocalDate startDate,
        LocalDate probationEnd,
        LocalDate leavingDate,
        @Size(max = 2000, message = "The reason for leaving must have at most {max} characters.")
        String leavingReason) implements Serializable {
}
