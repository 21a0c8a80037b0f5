package org.custos.security.api;

import java.util.Set;
import org.custos.domain.shared.Role;

/** The answer to a login attempt. Refused and throttled say nothing about whether the account exists. */
public sealed interface LoginResult {

    record Accepted(String username, Set<Role> roles) implements LoginResult {
        public Accepted {
            roles = Set.copyOf(roles);
        }
    }

    record Refused() implements LoginResult {
    }

    record Throttled() implements LoginResult {
    }
}
