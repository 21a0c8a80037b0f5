package org.custos.protection.rights.api;

import java.io.Serializable;
import org.custos.security.api.AuditedRecord;

/**
 * A letter or a kept response file for download: the letter as PDF (to send) or DOCX (to edit before sending), or
 * the machine-readable copy (JSON, D7).
 */
public record PackFile(long requestId, long subjectId, String fileName, String mediaType, byte[] content)
        implements Serializable, AuditedRecord {

    /** The formats of a letter, and the machine-readable copy. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        JSON("json", "application/json");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** The file {@code name}.extension in this format. */
        public PackFile file(long requestId, long subjectId, String name, byte[] content) {
            return new PackFile(requestId, subjectId, name + "." + extension, mediaType, content);
        }
    }

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
