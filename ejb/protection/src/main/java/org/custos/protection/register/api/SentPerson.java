package org.custos.protection.register.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.SubjectCategory;

/**
 * A person as another system sends them in (the website's form): who they say they are and the address to answer.
 * The words of the register's form; the email is needed, since the answer goes there.
 */
public record SentPerson(
        @NotBlank(message = "Enter the given names.")
        @Size(max = 200, message = "The given names must have at most {max} characters.") String givenNames,
        @NotBlank(message = "Enter the family name.")
        @Size(max = 200, message = "The family name must have at most {max} characters.") String familyName,
        @NotBlank(message = "Enter an email address.")
        @Email(message = "Enter a valid email address, like name@example.org.")
        @Size(max = 254, message = "An email address must have at most {max} characters.") String email,
        @PlausibleDate("The date of birth") LocalDate dateOfBirth) implements Serializable {

    /** The register's form for the person, in the category the record gives them. */
    public SubjectForm subjectForm(SubjectCategory category) {
        return new SubjectForm(givenNames.trim(), familyName.trim(), dateOfBirth, List.of(email.trim()), null, null,
                null, null, null, null, Set.of(category), false, null);
    }
}
