package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A need-to-know grant (X1); {@code breakGlass} marks a DPM's emergency access. */
public record AccessGrantView(long id, long version, String account, String recordType, String recordId,
        String groupKey, Long subjectId, String reason, LocalDate validUntil, boolean breakGlass, String grantedBy,
        LocalDateTime grantedAt, String revokedBy, LocalDateTime revokedAt, boolean inForce)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return recordType + ":" + (recordId != null ? recordId : groupKey);
    }

    @Override
    public String auditDetail() {
        return breakGlass ? "break-glass access by the DPM, grant " + id : "grant " + id + " to " + account;
    }
}
