package org.custos.security.api;

import java.io.Serializable;

/** The document of one sensitive record, decrypted for a caller the gate let through. */
public record DocumentDownload(long recordId, long subjectId, String fileName, String mediaType, byte[] content,
        boolean oversight) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(recordId);
    }

    @Override
    public String auditDetail() {
        return (oversight ? "read by the DPM for oversight: " : "") + "document of " + content.length + " bytes";
    }
}
