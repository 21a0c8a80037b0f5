package org.custos.protection.dpia.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.HighRiskIndicator;

/**
 * The DPIA of one purpose as the DPM reads it: {@code version} 0 and nothing answered while there is none. The
 * documents are newest first; {@code flag} says in words why the purpose is flagged, null when it is not.
 */
public record DpiaView(long purposeId, String purposeName, long version, Set<HighRiskIndicator> yes,
        LocalDateTime screenedAt, String screenedBy, boolean requiredByDpm, String dpmReason, DpiaOutcome outcome,
        DpiaProgress progress, String measures, String signedOffBy, LocalDateTime signedOffAt, LocalDate reviewDate,
        List<DpiaDocumentView> documents, String flag) implements Serializable {

    public DpiaView {
        yes = Set.copyOf(yes);
        documents = List.copyOf(documents);
    }

    public boolean signedOff() {
        return progress == DpiaProgress.SIGNED_OFF;
    }
}
