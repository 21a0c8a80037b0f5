package org.custos.recruitment.internal;

import jakarta.ejb.SessionContext;
import org.custos.domain.shared.Role;

/** Who calls a recruitment facade: HR and the DPM see every campaign, a hiring manager only their own (X1). */
record RecruitmentCaller(String name, boolean seesAll) {

    static RecruitmentCaller of(SessionContext session) {
        return new RecruitmentCaller(session.getCallerPrincipal().getName(),
                session.isCallerInRole(Role.Names.HR) || session.isCallerInRole(Role.Names.DPM));
    }

    boolean hiringManagerOnly() {
        return !seesAll;
    }
}
