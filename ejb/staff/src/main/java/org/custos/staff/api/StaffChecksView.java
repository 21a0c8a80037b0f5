package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.security.api.AuditedRecord;

/**
 * A staff file's checks and documents (T1), newest first: right-to-work checks with their copies and re-check date
 * (the latest check is the one that stands), conflict-of-interest declarations, security clearances, and the
 * contract and other documents.
 */
public record StaffChecksView(long staffFileId, long subjectId, String name, List<RightToWorkView> rightToWork,
        List<ConflictView> conflicts, List<ClearanceView> clearances, List<StaffDocumentView> documents)
        implements Serializable, AuditedRecord {

    public StaffChecksView {
        rightToWork = List.copyOf(rightToWork);
        conflicts = List.copyOf(conflicts);
        clearances = List.copyOf(clearances);
        documents = List.copyOf(documents);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }

    /** A right-to-work check; {@code recheckDue} is null for a permission without a time limit. */
    public record RightToWorkView(long id, LocalDate checkedOn, String checkedBy, RightToWorkPermission permission,
            LocalDate expiresOn, LocalDate recheckDue, List<StaffDocumentView> copies) implements Serializable {

        public RightToWorkView {
            copies = List.copyOf(copies);
        }
    }

    /** A declaration; the review's fields are null until it is reviewed. */
    public record ConflictView(long id, long version, LocalDate declaredOn, String what, String reviewedBy,
            LocalDate reviewedOn, String outcome) implements Serializable {
    }

    public record ClearanceView(long id, String level, String vettingBody, LocalDate grantedOn,
            LocalDate expiresOn) implements Serializable {
    }
}
