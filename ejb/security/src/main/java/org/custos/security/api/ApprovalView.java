package org.custos.security.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * A request for approval and where it stands. {@code subjectName} is the person's name for a request about one
 * person; {@code inForce} says whether it covers use today.
 */
public record ApprovalView(long id, long version, Long subjectId, String subjectName, String groupKey,
        String groupLabel, SpecialCategory category, SpecialCategoryCondition condition, String schedule1Condition,
        DataArea dataArea, String userAccount, long purposeId, String justification, LocalDate wantedUntil,
        ApprovalStatus status, String requestedBy, LocalDateTime requestedAt, String decidedBy,
        LocalDateTime decidedAt, LocalDate validUntil, String decisionReason, String revokedBy,
        LocalDateTime revokedAt, String revocationReason, boolean inForce) implements AuditedRecord {

    /** What the approval is for, as a person reads it: the category, or the data and who uses it. */
    public String dataLabel() {
        return category != null ? category.label() : dataArea.label() + " data, used by " + userAccount;
    }

    /** Who or which group it concerns. */
    public String scopeLabel() {
        return subjectId != null ? subjectName : groupLabel;
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
