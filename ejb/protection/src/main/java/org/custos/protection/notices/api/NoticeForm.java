package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.NoticeAudience;

/** The DPM's form for a notice: who it is for and its name (a rename keeps the audience). */
public record NoticeForm(
        @NotNull(message = "Choose who the notice is for.") NoticeAudience audience,
        @NotBlank(message = "Enter the notice's name.")
        @Size(max = 200, message = "The name must have at most {max} characters.") String name)
        implements Serializable {
}
