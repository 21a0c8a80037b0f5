package org.custos.recruitment.api;

import java.io.Serializable;
import org.custos.security.api.AuditedRecord;

/** A letter to an applicant about their application, for download (PDF or DOCX). */
public record ApplicantLetter(long applicationId, Long subjectId, String fileName, String mediaType, byte[] content)
        implements Serializable, AuditedRecord {

    public ApplicantLetter {
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
        return Long.toString(applicationId);
    }
}
