package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.PlausibleDate;

/** A processor's record as typed (X4): what it receives, for which purposes, about whom, where, and its review. */
public record ProcessorForm(
        @NotBlank(message = "Enter the services the processor provides.")
        @Size(max = 1000, message = "The services must have at most {max} characters.") String services,
        @NotBlank(message = "Enter the categories of data the processor receives.")
        @Size(max = 1000, message = "The data categories must have at most {max} characters.") String dataCategories,
        @NotEmpty(message = "Choose the purposes the processor serves.") Set<@NotNull Long> purposeIds,
        @NotBlank(message = "Enter the categories of people whose data it receives.")
        @Size(max = 1000, message = "The people categories must have at most {max} characters.")
        String peopleCategories,
        @NotBlank(message = "Enter the countries where the data is stored or accessed.")
        @Size(max = 500, message = "The countries must have at most {max} characters.") String countries,
        @NotNull(message = "Enter when the processor is next reviewed.")
        @PlausibleDate(value = "The review date", span = PlausibleDate.Span.CALENDAR) LocalDate reviewOn) {
}
