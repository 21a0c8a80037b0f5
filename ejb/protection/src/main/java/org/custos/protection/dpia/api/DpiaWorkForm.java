package org.custos.protection.dpia.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.DpiaProgress;

/**
 * How far the assessment has gone and the measures to address its risks; a change after sign-off reopens it.
 * Signing off is the DPM's own action ({@link Dpias#signOff}), not a progress chosen here.
 */
public record DpiaWorkForm(long version,
        @NotNull(message = "Choose how far the assessment has gone.") DpiaProgress progress,
        @Size(max = DpiaLimits.MEASURES, message = "The measures must have at most {max} characters.")
        String measures) implements Serializable {

    @AssertTrue(message = "Sign the DPIA off with its own button: it records who signed it off and when.")
    public boolean isNotSignedOffHere() {
        return progress != DpiaProgress.SIGNED_OFF;
    }
}
