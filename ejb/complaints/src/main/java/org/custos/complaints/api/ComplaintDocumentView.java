package org.custos.complaints.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/**
 * A document of a complaint as its file lists it (P1): its name, the type told by its content, its size, who
 * uploaded it and when; the bytes come with a download.
 */
public record ComplaintDocumentView(long id, long complaintId, Long complainantSubjectId, String fileName,
        String mediaType, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return complainantSubjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(complaintId);
    }
}
