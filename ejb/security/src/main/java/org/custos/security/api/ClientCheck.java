package org.custos.security.api;

import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.ClientScope;

/** What the check of a request's intake token found. */
public sealed interface ClientCheck {

    /** A token in use, within its rate: the request is made as {@code caller}, holding its scopes' roles. */
    record Accepted(String caller, Set<ClientScope> scopes) implements Serializable, ClientCheck {

        public Accepted {
            scopes = Set.copyOf(scopes);
        }
    }

    /** No such token, or a revoked one. */
    record Refused() implements Serializable, ClientCheck {
    }

    /** The client sent more than its rate allows; it may try again after {@code retryAfterSeconds}. */
    record Limited(long retryAfterSeconds) implements Serializable, ClientCheck {
    }
}
