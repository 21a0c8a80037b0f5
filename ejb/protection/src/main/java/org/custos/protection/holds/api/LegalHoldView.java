package org.custos.protection.holds.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A legal hold on a person's records; {@code context} is null when it keeps every context's records. */
public record LegalHoldView(long id, long version, String context, String reason, LocalDate placedOn,
        String placedBy, LocalDate liftedOn, String liftedBy) implements Serializable {

    public boolean inForce() {
        return liftedOn == null;
    }
}
