package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A sub-processor as chosen: one of our organisations, and the countries where it holds or reaches the data. */
public record SubProcessorForm(
        long organisationId,
        @NotBlank(message = "Enter the countries where the sub-processor stores or accesses the data.")
        @Size(max = 500, message = "The countries must have at most {max} characters.") String countries)
        implements Serializable {
}
