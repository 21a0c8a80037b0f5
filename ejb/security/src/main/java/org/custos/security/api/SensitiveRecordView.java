package org.custos.security.api;

import java.time.LocalDateTime;
import org.custos.domain.shared.SpecialCategory;

/** One sensitive record, decrypted for a caller the gate let through. */
public record SensitiveRecordView(long id, long subjectId, String context, SpecialCategory category,
        long purposeId, String content, String recordedBy, LocalDateTime recordedAt) implements AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
