package org.custos.staff.internal;

import jakarta.ejb.SessionContext;
import org.custos.domain.shared.Role;
import org.custos.domain.staff.HrCase;

/** Who calls the HR cases' facade, and whether they may see a case (X1, {@link CaseAccess}). */
record CaseCaller(String name, boolean dpm) {

    static CaseCaller of(SessionContext session) {
        return new CaseCaller(session.getCallerPrincipal().getName(), session.isCallerInRole(Role.Names.DPM));
    }

    boolean sees(HrCase hrCase) {
        return CaseAccess.sees(name, dpm, hrCase.handlers(), hrCase.aboutAccount());
    }

    /** The DPM reading a case they do not handle: oversight, as the audit trail says. */
    boolean oversees(HrCase hrCase) {
        return dpm && !hrCase.handlers().contains(name);
    }
}
