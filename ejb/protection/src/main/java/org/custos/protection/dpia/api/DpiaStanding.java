package org.custos.protection.dpia.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.DpiaProgress;

/**
 * Where one purpose's DPIA stands, as the purposes page and the DPM's home page list it: the outcome of its
 * screening, its progress and review date, and {@code flag}, in words, when it needs one and has none signed off or
 * its review is due (null otherwise).
 */
public record DpiaStanding(long purposeId, String purposeName, DpiaOutcome outcome, DpiaProgress progress,
        LocalDate reviewDate, String flag) implements Serializable {

    public boolean flagged() {
        return flag != null;
    }
}
