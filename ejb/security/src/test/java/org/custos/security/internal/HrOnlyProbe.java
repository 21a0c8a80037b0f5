package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import org.custos.domain.shared.Role;

/** Test-only bean: proves that role checks and the run-as callers work in the context deployment. */
@Stateless
public class HrOnlyProbe {

    @Resource
    private SessionContext context;

    @jakarta.annotation.security.PermitAll
    public String debug() {
        return context.getCallerPrincipal().getName() + " HR=" + context.isCallerInRole("HR") + " ADMIN=" + context.isCallerInRole("ADMIN");
    }

    @RolesAllowed(Role.Names.HR)
    public String callerName() {
        return context.getCallerPrincipal().getName();
    }
}
