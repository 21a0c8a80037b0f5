package org.custos.security.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * What it takes to open an account; the email address, where the holder's reminders go, is optional. The password
 * rules are checked by the facade.
 */
public record NewAccount(
        @NotBlank(message = "Enter a user name.")
        @Size(min = 3, max = USERNAME_LENGTH, message = "The user name must have {min} to {max} characters.")
        @Pattern(regexp = "[A-Za-z0-9._@-]*",
                message = "The user name may contain letters, digits and . _ @ - only.") String username,
        @NotBlank(message = "Enter the person's name.")
        @Size(max = 200, message = "The name must have at most {max} characters.") String displayName,
        @NotNull(message = "Enter a password.") String password,
        @NotEmpty(message = "Choose at least one role.") Set<Role> roles,
        @EmailAddress String email) implements Serializable {

    /** An account without an email address: its holder gets no reminders. */
    public NewAccount(String username, String displayName, String password, Set<Role> roles) {
        this(username, displayName, password, roles, null);
    }

    /** The longest user name (the column's length): a longer one cannot be an account's. */
    public static final int USERNAME_LENGTH = 100;
}
