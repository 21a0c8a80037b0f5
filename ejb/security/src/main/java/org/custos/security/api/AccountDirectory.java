package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * Who holds which roles, for choosing people by account (a grant's account, a campaign's hiring managers, the person
 * an HR case is about), HR and the DPM; names only, no personal data of the register.
 */
@Local
public interface AccountDirectory {

    /** The enabled accounts holding at least one of the roles, by display name. */
    List<AccountName> holdingAny(@NotEmpty Set<Role> roles);

    /**
     * The enabled accounts holding at least one of the roles whose user name or display name contains {@code text}
     * (case aside, taken literally), by display name, at most {@code limit}: for choosing one among many.
     */
    List<AccountName> matching(@NotNull String text, @NotEmpty Set<Role> roles, @Min(1) @Max(50) int limit);

    /** The account {@code username}, when it is enabled and holds at least one of the roles. */
    Optional<AccountName> enabled(@NotNull String username, @NotEmpty Set<Role> roles);
}
