package org.custos.protection.purposes.api;

import java.time.LocalDateTime;

/** A purpose as everyone may read it. */
public record PurposeView(long id, PurposeForm definition, boolean seededDefault, LocalDateTime updatedAt,
        String updatedBy) {
}
