package org.custos.recruitment.api;

import java.io.Serializable;
import org.custos.security.api.AuditedRecord;

/** A document's content, for download. */
public record DocumentFile(long id, Long subjectId, String fileName, String mediaType, byte[] content)
        implements Serializable, AuditedRecord {

    public DocumentFile {
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
