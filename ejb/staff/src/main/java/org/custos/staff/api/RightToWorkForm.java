package org.custos.staff.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.security.api.DocumentUpload;

/**
 * A right-to-work check as HR records it (T1): when and by whom it was made, what it found (a time-limited
 * permission with its expiry date), and the copies of the documents checked, which the employer must keep.
 */
public record RightToWorkForm(
        @NotNull(message = "Enter the date of the check.") LocalDate checkedOn,
        @NotBlank(message = "Enter who made the check.")
        @Size(max = 200, message = "The name of who made the check must have at most {max} characters.")
        String checkedBy,
        @NotNull(message = "Choose whether the permission is time-limited.") RightToWorkPermission permission,
        LocalDate expiresOn,
        @NotEmpty(message = "Attach a copy of the documents checked.")
        @Size(max = 10, message = "Attach at most {max} copies at once.")
        List<@NotNull @Valid DocumentUpload> copies) implements Serializable {

    public RightToWorkForm {
        copies = copies == null ? null : Collections.unmodifiableList(new ArrayList<>(copies));
    }
}
