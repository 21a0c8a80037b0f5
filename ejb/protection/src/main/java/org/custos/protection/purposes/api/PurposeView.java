package org.custos.protection.purposes.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A purpose as everyone may read it, with its Art 30 fields that no record knows ({@code record}) and what of them
 * is missing ({@code incomplete}, in words; empty when nothing is).
 */
public record PurposeView(long id, PurposeForm definition, Article30Form record, boolean seededDefault,
        LocalDateTime updatedAt, String updatedBy) implements Serializable {

    /** The typed Art 30 fields still missing, in words ("the business function"). */
    public List<String> missing() {
        return Article30Completeness.missingTyped(definition, record);
    }

    /** "incomplete: the security measures and the location of the data", or empty text. */
    public String incomplete() {
        return Article30Completeness.inWords(missing());
    }
}
