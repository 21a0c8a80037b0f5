package org.custos.staff.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.ForPurpose;

/**
 * A health or criminal-records detail of an HR case, for a purpose the DPM approved: what it is, what was said or
 * found, and a document (needed for an occupational-health report).
 */
public record HrCaseSensitiveForm(
        @NotNull(message = "Choose what the detail is.") HrCaseSensitiveKind kind,
        @NotNull(message = "Choose the purpose.") Long purposeId,
        @NotBlank(message = "Enter the detail.")
        @Size(max = 10000, message = "The detail must have at most {max} characters.") String text,
        @Valid DocumentUpload document) implements Serializable, ForPurpose {
}
