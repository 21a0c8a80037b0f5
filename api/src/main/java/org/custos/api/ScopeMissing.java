package org.custos.api;

import jakarta.ws.rs.ForbiddenException;
import org.custos.domain.shared.ClientScope;

/** The client's token lacks the scope the operation needs (403, {@link ScopeCheck}). */
class ScopeMissing extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    ScopeMissing(ClientScope scope) {
        super("The client's token does not allow this: it needs the scope \"" + scope.label() + "\".");
    }
}
