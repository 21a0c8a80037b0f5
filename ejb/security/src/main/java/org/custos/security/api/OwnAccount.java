package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What every signed-in user does with their own account (ASVS 2.1, 2.8): change their password, knowing the
 * current one, and turn the second factor (an authenticator app, TOTP) on or off. Audited.
 */
@Local
public interface OwnAccount {

    OwnAccountView mine();

    /**
     * Ends the account's other sessions.
     *
     * @return the moment from which the caller's own session goes on
     * @throws RequestRefused when the current password is not right or the new one breaks a password rule
     */
    LocalDateTime changePassword(@NotNull(message = "Enter your current password.") String currentPassword,
            @NotNull(message = "Enter a new password.") String newPassword);

    /** A new secret for the authenticator app, not saved until {@link #enableSecondFactor} confirms it. */
    SecondFactorSetup newSecondFactor();

    /** @throws RequestRefused when the code is not the one the app shows for this secret now */
    OwnAccountView enableSecondFactor(@NotNull @Pattern(regexp = "[A-Z2-7]{32}") String secret,
            @NotNull(message = "Enter the code your authenticator app shows.")
            @Size(max = 6, message = "The code has {max} digits.") String code);

    /** @throws RequestRefused when the password is not right, or the caller's roles need a second factor */
    OwnAccountView removeSecondFactor(@NotNull(message = "Enter your password.") String currentPassword);
}
