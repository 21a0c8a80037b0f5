package org.custos.protection.consent.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A consent withdrawn on the website (L2): the person's email address and the purpose, withdrawn by web form today. */
public record ReceivedWithdrawal(
        @NotBlank(message = "Enter an email address.")
        @Email(message = "Enter a valid email address, like name@example.org.")
        @Size(max = 254, message = "An email address must have at most {max} characters.") String email,
        @NotNull(message = "Choose the purpose they consented to.") Long purposeId) implements Serializable {
}
