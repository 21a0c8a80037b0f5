package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;
import org.custos.domain.shared.ClientScope;

/** An intake token as the administrator's page lists it: never the token itself. */
public record IntakeTokenView(long id, String name, Set<ClientScope> scopes, String createdBy,
        LocalDateTime createdAt, LocalDateTime lastUsedAt, LocalDateTime revokedAt) implements Serializable {

    public IntakeTokenView {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
