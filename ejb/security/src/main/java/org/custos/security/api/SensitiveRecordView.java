package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.SpecialCategory;

/** One sensitive record, decrypted for a caller the gate let through; {@code document} is null when it has none. */
public record SensitiveRecordView(long id, long subjectId, String context, SpecialCategory category,
        long purposeId, String content, DocumentSummary document, String recordedBy, LocalDateTime recordedAt)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    @Override
    public String auditDetail() {
        return document == null ? null : "with a document (" + document.mediaType() + ", " + document.size()
                + " bytes)";
    }
}
