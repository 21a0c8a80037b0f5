package org.custos.protection.breaches.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.PlausibleDate;

/** The report of a breach to the ICO (X5); a report after the deadline needs the reason it is late. */
public record BreachReportForm(
        @NotNull(message = "Enter when the breach was reported to the ICO.")
        @PlausibleDate("The time of the report to the ICO") LocalDateTime reportedAt,
        @NotBlank(message = "Enter the reference the ICO gave the report.")
        @Size(max = 100, message = "The ICO reference must have at most {max} characters.") String icoReference,
        @Size(max = 4000, message = "The reason for the delay must have at most {max} characters.") String lateReason)
        implements Serializable {
}
