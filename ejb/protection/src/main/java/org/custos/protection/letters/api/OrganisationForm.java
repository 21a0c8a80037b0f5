package org.custos.protection.letters.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Who the letters are from; a blank value is none. */
public record OrganisationForm(
        @Size(max = 200, message = "The controller's name must have at most {max} characters.") String controllerName,
        @Size(max = 500, message = "The address must have at most {max} characters.") String address,
        @Size(max = 20, message = "The ICO registration number must have at most {max} characters.")
        @Pattern(regexp = "[A-Za-z0-9]*", message = "The ICO registration number has only letters and digits, such as"
                + " ZA123456.") String icoNumber,
        @Size(max = 200, message = "The Data Protection Manager's name must have at most {max} characters.")
        String dpmName,
        @Size(max = 254, message = "The email address must have at most {max} characters.")
        @Email(message = "Enter the Data Protection Manager's email address, such as dpm@example.org.")
        String dpmEmail,
        @Size(max = 40, message = "The phone number must have at most {max} characters.")
        @Pattern(regexp = "[0-9 +()-]*", message = "The phone number has only digits, spaces and + ( ) -.")
        String dpmPhone,
        @Size(max = 200, message = "The signatory's name must have at most {max} characters.") String signatoryName,
        @Size(max = 200, message = "The signatory's role must have at most {max} characters.") String signatoryRole)
        implements Serializable {
}
