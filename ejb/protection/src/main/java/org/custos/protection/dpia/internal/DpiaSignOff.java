package org.custos.protection.dpia.internal;

import java.util.Optional;
import org.custos.domain.protection.Dpia;
import org.custos.domain.shared.DpiaProgress;

/** Whether the DPM may sign a DPIA off: screened, with the assessment document and the measures, not yet signed. */
final class DpiaSignOff {

    private DpiaSignOff() {
    }

    /** Why the DPIA cannot be signed off, in words; empty when it can. */
    static Optional<String> refusal(Dpia dpia, boolean hasDocument) {
        if (dpia == null || dpia.screenedAt() == null) {
            return Optional.of("Answer the screening questions before signing the DPIA off.");
        }
        if (dpia.progress() == DpiaProgress.SIGNED_OFF) {
            return Optional.of("The DPIA is already signed off.");
        }
        if (!hasDocument) {
            return Optional.of("Attach the assessment document before signing the DPIA off.");
        }
        if (dpia.measures() == null) {
            return Optional.of("Record the measures that address the risks before signing the DPIA off.");
        }
        return Optional.empty();
    }
}
