package org.custos.protection.rights.api;

import org.custos.security.api.AuditedRecord;

/** A kept response file for download: the letter (PDF) or the machine-readable copy (JSON, D7). */
public record PackFile(long requestId, long subjectId, String fileName, String mediaType, byte[] content)
        implements AuditedRecord {

    /** The two files of a response. */
    public enum Format { PDF, JSON }

    public PackFile {
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
        return Long.toString(requestId);
    }
}
