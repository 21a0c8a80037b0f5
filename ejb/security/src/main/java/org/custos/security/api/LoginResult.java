package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.Role;

/** The answer to a login attempt. Refused and throttled say nothing about whether the account exists. */
public sealed interface LoginResult {

    /**
     * {@code displayName}: the name the account shows, which pages show as the one signed in. {@code at}: the
     * moment of login, which the session keeps (see {@link Authentication#sessionStillValid}).
     * {@code passwordChangeDue}: the administrator set the password, so its holder must choose a new one before
     * anything else; {@code secondFactorDue}: the account's roles need a second factor it does not have yet.
     */
    record Accepted(String username, String displayName, Set<Role> roles, LocalDateTime at,
            boolean passwordChangeDue, boolean secondFactorDue) implements Serializable, LoginResult {
        public Accepted {
            roles = Set.copyOf(roles);
        }
    }

    record Refused() implements Serializable, LoginResult {
    }

    record Throttled() implements Serializable, LoginResult {
    }

    /** The organisation's directory, which checks this user's password, cannot be asked just now. */
    record DirectoryUnavailable() implements Serializable, LoginResult {
    }
}
