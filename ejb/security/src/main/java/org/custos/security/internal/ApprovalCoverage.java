package org.custos.security.internal;

import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;

/**
 * What an approval covers (L4, L5): it is in force from the day the DPM approved it to its end date inclusive,
 * unless rejected or revoked; it reaches the person it names, or every member of the group it names.
 */
final class ApprovalCoverage {

    private ApprovalCoverage() {
    }

    static boolean inForce(Approval approval, LocalDate on) {
        return approval.status() == ApprovalStatus.APPROVED
                && !on.isBefore(approval.decidedAt().toLocalDate()) && !on.isAfter(approval.validUntil());
    }

    static boolean reaches(Approval approval, long subjectId, Set<String> groups) {
        return approval.subjectId() != null ? approval.subjectId() == subjectId
                : groups.contains(approval.groupKey());
    }

    /** L4: this category of data about this person, for any purpose when {@code purposeId} is null. */
    static boolean covers(Approval approval, long subjectId, Set<String> groups, SpecialCategory category,
            Long purposeId, LocalDate on) {
        return approval.category() == category && (purposeId == null || approval.purposeId() == purposeId)
                && reaches(approval, subjectId, groups) && inForce(approval, on);
    }

    /** L5: this area's data about this person, used by this account outside HR. */
    static boolean coversUseOutsideHr(Approval approval, long subjectId, Set<String> groups, DataArea area,
            String account, LocalDate on) {
        return approval.dataArea() == area && account.equalsIgnoreCase(approval.userAccount())
                && reaches(approval, subjectId, groups) && inForce(approval, on);
    }
}
