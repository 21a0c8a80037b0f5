package org.custos.security.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.ClientScope;

/** A new intake token: the client system's name (e.g. "Website form") and what it may send in. */
public record IntakeTokenForm(
        @NotBlank(message = "Enter the client's name.")
        @Size(max = IntakeTokenForm.NAME_LENGTH, message = "The name must have at most {max} characters.")
        String name,
        @NotEmpty(message = "Choose what the client may send.") Set<ClientScope> scopes) implements Serializable {

    public static final int NAME_LENGTH = 100;
}
