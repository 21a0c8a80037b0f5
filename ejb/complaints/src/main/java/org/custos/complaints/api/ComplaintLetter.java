package org.custos.complaints.api;

import java.io.Serializable;
import org.custos.security.api.AuditedRecord;

/** A letter to the complainant about their complaint (the acknowledgement, the outcome), as a PDF to send. */
public record ComplaintLetter(long complaintId, Long complainantSubjectId, String fileName, String mediaType,
        byte[] content, String madeFrom) implements Serializable, AuditedRecord {

    public ComplaintLetter {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public Long auditSubjectId() {
        return complainantSubjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(complaintId);
    }

    @Override
    public String auditDetail() {
        return "letter: " + madeFrom;
    }
}
