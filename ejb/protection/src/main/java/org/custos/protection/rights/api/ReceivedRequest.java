package org.custos.protection.rights.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.SentPerson;

/**
 * A rights request sent in by another system (the website's form, D1): who, how they know the organisation, what
 * they ask. It arrived by web form, today.
 */
public record ReceivedRequest(
        @NotNull(message = "Give the person's details.") @Valid SentPerson person,
        @NotNull(message = "Choose how the person is known to the organisation.") SubjectCategory category,
        @NotNull(message = "Choose what the person asks for.") RequestType type,
        @NotBlank(message = "Write what the person asks.")
        @Size(max = 4000, message = "What is asked must have at most {max} characters.") String asked)
        implements Serializable {
}
