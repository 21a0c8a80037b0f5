package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.SubjectCategory;

/**
 * A processor's record as typed (X4): what it receives, for which purposes, about whom (the register's categories of
 * people, which a breach there counts, and a note on anyone else or what they do not say: at least one of the two),
 * where, and its review.
 */
public record ProcessorForm(
        @NotBlank(message = "Enter the services the processor provides.")
        @Size(max = 1000, message = "The services must have at most {max} characters.") String services,
        @NotBlank(message = "Enter the categories of data the processor receives.")
        @Size(max = 1000, message = "The data categories must have at most {max} characters.") String dataCategories,
        @NotEmpty(message = "Choose the purposes the processor serves.") Set<@NotNull Long> purposeIds,
        @NotNull Set<@NotNull SubjectCategory> peopleHandled,
        @Size(max = 1000, message = "The note on whose data it receives must have at most {max} characters.")
        String peopleNote,
        @NotBlank(message = "Enter the countries where the data is stored or accessed.")
        @Size(max = 500, message = "The countries must have at most {max} characters.") String countries,
        @NotNull(message = "Enter when the processor is next reviewed.")
        @PlausibleDate(value = "The review date", span = PlausibleDate.Span.CALENDAR) LocalDate reviewOn)
        implements Serializable {
}
