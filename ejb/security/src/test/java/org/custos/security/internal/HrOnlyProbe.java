package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Test-only bean with a role check, to prove the deployment's role mapping and run-as callers. */
@Stateless
public class HrOnlyProbe {

    @Resource
    private SessionContext context;

    @RolesAllowed(Role.Names.HR)
    public String callerName() {
        return context.getCallerPrincipal().getName();
    }
}
