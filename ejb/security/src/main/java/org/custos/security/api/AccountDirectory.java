package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * Who holds which roles, for choosing people by account (a grant's account, a campaign's hiring managers), HR and
 * the DPM; names only, no personal data of the register.
 */
@Local
public interface AccountDirectory {

    /** The enabled accounts holding at least one of the roles, by display name. */
    List<AccountName> holdingAny(@NotEmpty Set<Role> roles);
}
