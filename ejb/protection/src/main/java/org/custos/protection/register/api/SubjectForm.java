package org.custos.protection.register.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.PlausibleDate;
import org.custos.domain.shared.SubjectCategory;

/** What HR types about a person on the register's create and edit form. */
public record SubjectForm(
        @NotBlank(message = "Enter the given names.")
        @Size(max = 200, message = "The given names must have at most {max} characters.") String givenNames,
        @NotBlank(message = "Enter the family name.")
        @Size(max = 200, message = "The family name must have at most {max} characters.") String familyName,
        @PlausibleDate("The date of birth") LocalDate dateOfBirth,
        @NotNull @Size(max = 10, message = "Enter at most {max} email addresses.")
        List<@NotBlank(message = "An email address cannot be blank.")
                @Email(message = "Enter a valid email address, like name@example.org.")
                @Size(max = 254, message = "An email address must have at most {max} characters.") String> emails,
        @Size(max = 40, message = "The phone number must have at most {max} characters.")
        @Pattern(regexp = "[0-9 +()-]*", message = "The phone number may contain digits, spaces and + ( ) - only.")
        String phone,
        @Size(max = 200, message = "An address line must have at most {max} characters.") String addressLine1,
        @Size(max = 200, message = "An address line must have at most {max} characters.") String addressLine2,
        @Size(max = 100, message = "The town must have at most {max} characters.") String town,
        @Size(max = 20, message = "The postcode must have at most {max} characters.") String postcode,
        @Size(max = 100, message = "The country must have at most {max} characters.") String country,
        @NotEmpty(message = "Choose at least one category.") Set<SubjectCategory> categories,
        boolean doNotContact,
        @Size(max = 500, message = "The reason must have at most {max} characters.") String doNotContactReason)
        implements Serializable {

    public SubjectForm {
        emails = emails == null ? List.of() : List.copyOf(emails);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    /** S3: the wish not to be contacted is recorded with its reason. */
    @AssertTrue(message = "Give the reason the person asked not to be contacted.")
    public boolean isDoNotContactExplained() {
        return !doNotContact || (doNotContactReason != null && !doNotContactReason.isBlank());
    }
}
