package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;

/**
 * How our data going to an organisation in one country is safeguarded, as typed: the country (ISO 3166 alpha-2),
 * the mechanism (none while it is not yet known), the Article 49 exception and why, and the transfer risk
 * assessment's date, outcome and document.
 */
public record TransferForm(
        @NotBlank(message = "Choose the country the data goes to.") String country,
        TransferMechanism mechanism,
        TransferException exception,
        @Size(max = 1000, message = "Why the exception applies must have at most {max} characters.")
        String exceptionReason,
        @PlausibleDate("The date of the transfer risk assessment") LocalDate assessedOn,
        @Size(max = 1000, message = "The assessment's outcome must have at most {max} characters.")
        String assessmentOutcome,
        @Size(max = 300, message = "The assessment's document must have at most {max} characters.")
        String assessmentDocument) implements Serializable {
}
