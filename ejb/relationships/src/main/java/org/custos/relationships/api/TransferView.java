package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;

/**
 * One country our data goes to through an organisation, and how it is safeguarded: {@code id} is null while
 * nothing is recorded for it; {@code via} says who stores or accesses the data there (the processor, a
 * sub-processor) or that it was recorded for the organisation itself; {@code safeguarded} is false while the
 * transfer lacks a valid mechanism.
 */
public record TransferView(Long id, long version, String country, String countryName, String via,
        TransferMechanism mechanism, String mechanismLabel, TransferException exception, String exceptionLabel,
        String exceptionReason, LocalDate assessedOn, String assessmentOutcome, String assessmentDocument,
        String adequacyConditions, boolean safeguarded) implements Serializable {
}
