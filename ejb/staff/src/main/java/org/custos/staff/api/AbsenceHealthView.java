package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.security.api.AuditedRecord;
import org.custos.security.api.DocumentSummary;

/** A health detail of a sickness absence, decrypted for a caller the approval gate let through. */
public record AbsenceHealthView(long id, long absenceId, long subjectId, AbsenceHealthKind kind, String content,
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
