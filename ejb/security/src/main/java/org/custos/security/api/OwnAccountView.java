package org.custos.security.api;

import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * The caller's own account: whether a new password is due (set by the administrator), whether its password is the
 * organisation's directory's (then it is changed there), whether it has a second factor, and whether its roles need
 * one.
 */
public record OwnAccountView(String username, String displayName, Set<Role> roles, boolean passwordChangeDue,
        boolean directory, boolean secondFactor, boolean secondFactorRequired) implements Serializable {

    public OwnAccountView {
        roles = Set.copyOf(roles);
    }
}
