package org.custos.staff.api;

import org.custos.security.api.AuditedRecord;

/** A staff file's document with its content, for download (the name made safe for it). */
public record StaffDocumentFile(long id, long subjectId, String fileName, String mediaType, byte[] content)
        implements AuditedRecord {

    public StaffDocumentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return "document " + id;
    }
}
