package org.custos.security.api;

import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.Role;

/** An account as the accounts page shows it. */
public record AccountView(long id, long version, String username, String displayName, Set<Role> roles,
        boolean enabled, LocalDateTime lastLoginAt, LocalDateTime createdAt) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
