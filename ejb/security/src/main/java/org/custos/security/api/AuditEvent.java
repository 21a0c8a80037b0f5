package org.custos.security.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A security event that no facade call records by itself: a login, a refused request, a logout. {@code actor}
 * is the user name the event is about (for a failed login, the name that was typed).
 */
public record AuditEvent(@NotNull @Size(max = 100) String actor, @NotNull AuditAction action,
        @NotNull AuditOutcome outcome, @Size(max = 500) String detail) implements Serializable {
}
