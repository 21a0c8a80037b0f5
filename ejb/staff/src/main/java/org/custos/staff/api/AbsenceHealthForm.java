package org.custos.staff.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.SicknessReason;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.ForPurpose;

/**
 * A health detail of a sickness absence, for a purpose the DPM approved: its kind, the reason's category (for the
 * reason only), what was said or found, and the fit note or report itself (needed for those two kinds).
 */
public record AbsenceHealthForm(
        @NotNull(message = "Choose what the detail is.") AbsenceHealthKind kind,
        SicknessReason reason,
        @NotNull(message = "Choose the purpose.") Long purposeId,
        @NotBlank(message = "Enter the detail.")
        @Size(max = 10000, message = "The detail must have at most {max} characters.") String text,
        @Valid DocumentUpload document) implements Serializable, ForPurpose {
}
