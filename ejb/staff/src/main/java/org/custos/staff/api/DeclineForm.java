package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Why HR declines a change a member of staff reported (A1): they read it on their page. */
public record DeclineForm(
        @NotBlank(message = "Say why the change is declined.")
        @Size(max = 2000, message = "The reason must have at most {max} characters.")
        String reason) implements Serializable {
}
