package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.Role;

/**
 * An account as the accounts page shows it: its email address (null when it has none), the roles it holds, and
 * what waits for the DPM's confirmation (X6): the roles asked for it (empty when nothing waits) and whether a new
 * password waits; {@code directory}: the account signs in through the organisation's directory, whose groups decide
 * its roles.
 */
public record AccountView(long id, long version, String username, String displayName, String email, Set<Role> roles,
        Set<Role> rolesAwaitingConfirmation, boolean passwordAwaitingConfirmation, boolean enabled, boolean directory,
        boolean secondFactor, LocalDateTime lastLoginAt, LocalDateTime createdAt) implements Serializable {

    public AccountView {
        roles = Set.copyOf(roles);
        rolesAwaitingConfirmation = Set.copyOf(rolesAwaitingConfirmation);
    }
}
