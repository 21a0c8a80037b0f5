package org.custos.relationships.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A country on the UK's adequacy list as the DPM records it (ISO 3166 alpha-2), with its conditions if any. */
public record AdequacyForm(
        @NotBlank(message = "Choose the country.") String country,
        @Size(max = 500, message = "The conditions must have at most {max} characters.") String conditions)
        implements Serializable {
}
