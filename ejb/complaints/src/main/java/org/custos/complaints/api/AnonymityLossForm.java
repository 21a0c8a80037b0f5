package org.custos.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;

/**
 * Why the complainant's anonymity cannot be kept (for example, the complaint cannot be investigated without naming
 * them), and the day they were told, which comes before anyone else learns who they are (P1).
 */
public record AnonymityLossForm(
        @NotBlank(message = "Enter why anonymity cannot be kept.")
        @Size(max = ComplaintLimits.REASON, message = "The reason must have at most {max} characters.") String reason,
        @NotNull(message = "Enter the day the complainant was told.")
        @PlausibleDate("The day the complainant was told") LocalDate complainantToldOn) implements Serializable {
}
