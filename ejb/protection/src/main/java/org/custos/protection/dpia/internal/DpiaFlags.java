package org.custos.protection.dpia.internal;

import java.time.LocalDate;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.dpia.api.DpiaOutcome;

/**
 * When a purpose is flagged (ADR 0015 decision 5): it needs a DPIA and has none signed off, or its signed-off DPIA's
 * review date has passed. The flag says why, in words; null when the purpose is not flagged.
 */
final class DpiaFlags {

    private DpiaFlags() {
    }

    static String flag(DpiaOutcome outcome, DpiaProgress progress, LocalDate reviewDate, LocalDate today) {
        if (progress == DpiaProgress.SIGNED_OFF) {
            return reviewDate != null && reviewDate.isBefore(today)
                    ? "The DPIA's review was due on " + OrganisationTime.DAY.format(reviewDate) + "."
                    : null;
        }
        return outcome.required() ? "A DPIA is required and none is signed off." : null;
    }
}
