package org.custos.security.internal;

import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;

/**
 * What an approval covers (L4, L5): it is in force from the day the DPM approved it to its end date inclusive,
 * unless rejected or revoked; it reaches the person it names, or every member of the group it names; and it may be
 * used by the account that asked for it and the accounts named on it (L4), or by the one account it names (L5).
 */
final class ApprovalCoverage {

    private ApprovalCoverage() {
    }

    /**
     * {@link #inForce} as a JPQL condition on {@code a}, with the parameter {@code :today}: the DPM decides
     * approvals on the day they are made, never ahead, so an approved one is in force until its end date.
     */
    static final String IN_FORCE = "a.status = org.custos.domain.shared.ApprovalStatus.APPROVED"
            + " and a.validUntil >= :today";

    static boolean inForce(Approval approval, LocalDate on) {
        return approval.status() == ApprovalStatus.APPROVED
                && !on.isBefore(approval.decidedAt().toLocalDate()) && !on.isAfter(approval.validUntil());
    }

    static boolean reaches(Approval approval, long subjectId, Set<String> groups) {
        return approval.subjectId() != null ? approval.subjectId() == subjectId
                : groups.contains(approval.groupKey());
    }

    /** L4: who may use it: the account that asked for it and the accounts named on it. */
    static boolean usableBy(Approval approval, String account) {
        return approval.requestedBy().equalsIgnoreCase(account)
                || approval.namedUsers().stream().anyMatch(account::equalsIgnoreCase);
    }

    /**
     * L4: this category of data about this person, used by this account, for any purpose when {@code purposeId} is
     * null.
     */
    static boolean covers(Approval approval, long subjectId, Set<String> groups, SpecialCategory category,
            Long purposeId, String account, LocalDate on) {
        return approval.category() == category && (purposeId == null || approval.purposeId() == purposeId)
                && usableBy(approval, account) && reaches(approval, subjectId, groups) && inForce(approval, on);
    }

    /** L5: this area's data about this person, used by this account outside HR. */
    static boolean coversUseOutsideHr(Approval approval, long subjectId, Set<String> groups, DataArea area,
            String account, LocalDate on) {
        return approval.dataArea() == area && account.equalsIgnoreCase(approval.userAccount())
                && reaches(approval, subjectId, groups) && inForce(approval, on);
    }
}
