package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A version of a processor's agreement waiting for the DPM's approval (X4), as their home page lists it. */
public record AgreementAwaiting(long agreementId, long organisationId, String organisationName, int number,
        String document, String proposedBy, LocalDateTime proposedAt) implements Serializable {
}
