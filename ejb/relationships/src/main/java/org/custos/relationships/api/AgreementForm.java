package org.custos.relationships.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.PlausibleDate;

/** A version of a processor's agreement as typed (X4): its document, the Art 28(3) terms ticked, dates, notice. */
public record AgreementForm(
        @NotBlank(message = "Enter the agreement's document reference.")
        @Size(max = 300, message = "The document reference must have at most {max} characters.") String document,
        @NotNull Set<@NotNull AgreementTerm> terms,
        @NotNull(message = "Enter when the agreement starts.")
        @PlausibleDate(value = "The start date", span = PlausibleDate.Span.CALENDAR) LocalDate startsOn,
        @PlausibleDate(value = "The end date", span = PlausibleDate.Span.CALENDAR) LocalDate endsOn,
        @Min(value = 0, message = "The notice period cannot be negative.")
        @Max(value = 3650, message = "The notice period must be at most {value} days.") int noticeDays)
        implements Serializable {
}
