package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.StaffAccount;
import org.custos.domain.staff.StaffFile;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/** How the HR cases' facade loads a case, with need to know applied (X1) and, for a change, the case still whole. */
@Dependent
class HrCaseRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    /** @throws AccessRefused when there is no such case or the caller may not see it */
    HrCase seen(long caseId, CaseCaller caller) {
        HrCase hrCase = em.find(HrCase.class, caseId);
        if (hrCase == null) {
            throw new AccessRefused("There is no such HR case.");
        }
        caller.refusal(hrCase, records.file(hrCase.staffFileId()).subjectId()).ifPresent(reason -> {
            throw new AccessRefused(reason);
        });
        return hrCase;
    }

    /** A case the caller may change: seen, not reduced to its summary, unchanged since read, person unrestricted. */
    HrCase changeable(long caseId, long version, CaseCaller caller) {
        HrCase hrCase = seen(caseId, caller);
        CaseChanges.refusal(hrCase.summarisedOn()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        ConcurrentChange.check(hrCase.version(), version, "This case");
        records.unrestricted(records.file(hrCase.staffFileId()).subjectId());
        return hrCase;
    }

    /** The account linked to the person whose staff file this is; null for none. */
    String fileAccount(StaffFile file) {
        StaffAccount linked = em.find(StaffAccount.class, file.subjectId());
        return linked == null ? null : linked.username();
    }
}
