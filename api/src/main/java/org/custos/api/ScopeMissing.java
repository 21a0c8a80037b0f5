package org.custos.api;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import org.custos.domain.shared.ClientScope;

/** The client's token lacks the scope the operation needs (403). The facades check the same roles again. */
class ScopeMissing extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    ScopeMissing(ClientScope scope) {
        super("The client's token does not allow this: it needs the scope \"" + scope.label() + "\".");
    }

    static void require(SecurityContext caller, ClientScope scope) {
        if (!caller.isUserInRole(scope.role())) {
            throw new ScopeMissing(scope);
        }
    }
}
