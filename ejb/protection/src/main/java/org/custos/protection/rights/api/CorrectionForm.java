package org.custos.protection.rights.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The DPM's correction of one field the person asked to rectify (D5), chosen from the correctable fields. */
public record CorrectionForm(
        @NotBlank(message = "Choose the field to correct.") String context,
        @NotBlank(message = "Choose the field to correct.") String recordType,
        @NotBlank(message = "Choose the field to correct.") String recordId,
        @NotBlank(message = "Choose the field to correct.") String field,
        @Size(max = 4000, message = "The corrected value must have at most {max} characters.") String value)
        implements Serializable {
}
