package org.custos.protection.dpia.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.HighRiskIndicator;

/**
 * The screening questions answered: the indicators answered yes (every other one is a no), and whether the DPM
 * requires a DPIA whatever the answers say, with why. {@code version} is the DPIA's as read (0 when there is none).
 */
public record ScreeningForm(long version,
        @NotNull(message = "Answer the screening questions.") Set<HighRiskIndicator> yes,
        boolean requiredAnyway,
        @Size(max = DpiaLimits.REASON, message = "The reason must have at most {max} characters.") String reason)
        implements Serializable {

    @AssertTrue(message = "Say why you require a DPIA when the screening does not.")
    public boolean isReasonGiven() {
        return !requiredAnyway || (reason != null && !reason.isBlank());
    }
}
