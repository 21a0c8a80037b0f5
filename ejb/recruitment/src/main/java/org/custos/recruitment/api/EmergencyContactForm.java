package org.custos.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.protection.register.api.ChosenPerson;

/**
 * An emergency contact, of an applicant at the final offer or of a member of staff: a person in the register
 * (someone new is registered with the contact), and who they are to them.
 */
public record EmergencyContactForm(
        @NotNull(message = "Choose or create the emergency contact.") @Valid ChosenPerson contact,
        @NotBlank(message = "Enter who the contact is to them, like partner or parent.")
        @Size(max = 100, message = "The relationship must have at most {max} characters.") String relationship)
        implements Serializable {
}
