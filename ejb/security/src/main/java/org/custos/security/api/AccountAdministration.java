package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * The administrator's accounts page (ADMIN only; every change audited with the account and its roles before and
 * after). X6: nobody changes their own roles or disables their own account; the last active administrator and the
 * last active DPM keep their role; a role that sees personal data (DPM, HR, hiring manager), or a new password for
 * an account holding one, waits for the DPM's confirmation ({@link AccountConfirmations}), except while no DPM
 * exists yet (setting up).
 */
@Local
public interface AccountAdministration {

    List<AccountView> accounts();

    /** Opens the account with the roles that need no confirmation; the others wait for the DPM. */
    AccountChange create(@NotNull @Valid NewAccount account);

    /** Changing roles ends the account's open sessions, so the new roles apply at once. */
    AccountChange changeRoles(@RecordId long accountId, long version,
            @NotEmpty(message = "Choose at least one role.") Set<Role> roles);

    /** The address the holder's reminders go to; blank removes it (no reminders). */
    AccountChange changeEmail(@RecordId long accountId, long version, @EmailAddress String email);

    /** Ends the account's open sessions at once. */
    AccountChange disable(@RecordId long accountId);

    AccountChange enable(@RecordId long accountId);

    /**
     * Sets a password its holder must change at the next login, removes the account's second factor (a lost
     * authenticator) and ends the account's open sessions.
     */
    AccountChange resetPassword(@RecordId long accountId,
            @NotNull(message = "Enter a password.") String newPassword);
}
