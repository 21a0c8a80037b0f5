package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;

/**
 * A change of an account waiting for the DPM's confirmation: the roles the account holds now and, for new roles,
 * those asked; who asked and when.
 */
public record AccountChangeRequest(long id, long version, long accountId, String username, String displayName,
        AccountChangeKind kind, Set<Role> rolesNow, Set<Role> rolesWanted, String requestedBy,
        LocalDateTime requestedAt) implements Serializable {

    public AccountChangeRequest {
        rolesNow = Set.copyOf(rolesNow);
        rolesWanted = Set.copyOf(rolesWanted);
    }
}
