package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * A request for approval and where it stands. {@code subjectName} is the person's name for a request about one
 * person; {@code alsoUsedBy} the accounts besides the requester's that may use it (L4); {@code inForce} says
 * whether it covers use today.
 */
public record ApprovalView(long id, long version, Long subjectId, String subjectName, String groupKey,
        String groupLabel, SpecialCategory category, SpecialCategoryCondition condition, String schedule1Condition,
        DataArea dataArea, String userAccount, Set<String> alsoUsedBy, long purposeId, String justification,
        LocalDate wantedUntil, ApprovalStatus status, String requestedBy, LocalDateTime requestedAt,
        String decidedBy, LocalDateTime decidedAt, LocalDate validUntil, String decisionReason, String revokedBy,
        LocalDateTime revokedAt, String revocationReason, boolean inForce) implements Serializable, AuditedRecord {

    public ApprovalView {
        alsoUsedBy = Set.copyOf(alsoUsedBy);
    }

    /** Who may use it (L4), as a person reads it: "hr.alice", or "hr.alice, hr.bob and hm.carl". */
    public String usersLabel() {
        if (category == null) {
            return userAccount;
        }
        List<String> users = new ArrayList<>(List.of(requestedBy));
        new TreeSet<>(alsoUsedBy).stream().filter(user -> !user.equals(requestedBy)).forEach(users::add);
        int last = users.size() - 1;
        return last == 0 ? requestedBy : String.join(", ", users.subList(0, last)) + " and " + users.get(last);
    }

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
