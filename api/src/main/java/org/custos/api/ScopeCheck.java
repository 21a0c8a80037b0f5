package org.custos.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request whose token lacks the operation's scope (403) before its body is read or checked: a client
 * without the scope learns nothing of the operation's fields.
 */
@Provider
public class ScopeCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Scoped scoped = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(Scoped.class);
        if (scoped != null && !request.getSecurityContext().isUserInRole(scoped.value().role())) {
            throw new ScopeMissing(scoped.value());
        }
    }
}
