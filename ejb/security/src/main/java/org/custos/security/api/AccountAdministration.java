package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;

/** The administrator's accounts page (ADMIN only; every change audited). */
@Local
public interface AccountAdministration {

    List<AccountView> accounts();

    AccountView create(@NotNull @Valid NewAccount account);

    /** Changing roles ends the account's open sessions, so the new roles apply at once. */
    AccountView changeRoles(@RecordId long accountId, long version,
            @NotEmpty(message = "Choose at least one role.") Set<Role> roles);

    /** Ends the account's open sessions at once. */
    AccountView disable(@RecordId long accountId);

    AccountView enable(@RecordId long accountId);

    /** Ends the account's open sessions. */
    AccountView resetPassword(@RecordId long accountId, @NotNull(message = "Enter a password.") String newPassword);
}
