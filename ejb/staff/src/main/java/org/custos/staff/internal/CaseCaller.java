package org.custos.staff.internal;

import jakarta.ejb.SessionContext;
import java.util.Objects;
import java.util.Optional;
import org.custos.domain.shared.Role;
import org.custos.domain.staff.HrCase;

/**
 * Who calls the HR cases' facade, the person their account is linked to (null for no one), and whether they may see
 * a case (X1, {@link CaseAccess}).
 */
record CaseCaller(String name, boolean dpm, Long ownSubjectId) {

    static CaseCaller of(SessionContext session, OwnRecords own) {
        String name = session.getCallerPrincipal().getName();
        return new CaseCaller(name, session.isCallerInRole(Role.Names.DPM), own.linkedSubject(name));
    }

    /** Why the caller may not see the case on the staff file of {@code fileSubjectId}, if they may not. */
    Optional<String> refusal(HrCase hrCase, long fileSubjectId) {
        return CaseAccess.refusal(name, dpm, Objects.equals(ownSubjectId, fileSubjectId), hrCase.handlers(),
                hrCase.aboutAccount());
    }

    boolean sees(HrCase hrCase, long fileSubjectId) {
        return refusal(hrCase, fileSubjectId).isEmpty();
    }

    /** The DPM reading a case they do not handle: oversight, as the audit trail says. */
    boolean oversees(HrCase hrCase) {
        return dpm && !hrCase.handlers().contains(name);
    }
}
