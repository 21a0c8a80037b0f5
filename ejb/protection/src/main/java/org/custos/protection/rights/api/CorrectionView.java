package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.CorrectionState;

/** A correction of a rectification request (D5): the field, the corrected value, and whether it was made. */
public record CorrectionView(long id, long version, String context, String record, String field, String value,
        boolean statement, CorrectionState state, String reason, LocalDateTime settledAt) implements Serializable {
}
