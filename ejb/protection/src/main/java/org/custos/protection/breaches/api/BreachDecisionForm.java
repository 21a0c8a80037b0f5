package org.custos.protection.breaches.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The DPM's decision whether to report a breach to the ICO (X5); not reporting needs the reasons. */
public record BreachDecisionForm(boolean notifyIco,
        @Size(max = 4000, message = "The reasons must have at most {max} characters.") String reasons)
        implements Serializable {

    @AssertTrue(message = "Give the reasons for not reporting the breach to the ICO.")
    public boolean isExplained() {
        return notifyIco || (reasons != null && !reasons.isBlank());
    }
}
