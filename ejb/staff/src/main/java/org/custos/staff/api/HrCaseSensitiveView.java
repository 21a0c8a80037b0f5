package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.security.api.AuditedRecord;
import org.custos.security.api.DocumentSummary;

/** A health or criminal-records detail of an HR case, decrypted for a caller the approval gate let through. */
public record HrCaseSensitiveView(long id, long caseId, long subjectId, HrCaseSensitiveKind kind, String content,
        DocumentSummary document, String recordedBy, LocalDateTime recordedAt) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
