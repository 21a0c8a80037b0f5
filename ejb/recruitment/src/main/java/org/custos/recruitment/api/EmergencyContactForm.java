package org.custos.recruitment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An emergency contact: a person in the register, and who they are to the applicant. */
public record EmergencyContactForm(
        @NotNull(message = "Choose or create the emergency contact.") Long subjectId,
        @NotBlank(message = "Enter who the contact is to the applicant, like partner or parent.")
        @Size(max = 100, message = "The relationship must have at most {max} characters.") String relationship) {
}
