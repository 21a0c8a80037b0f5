package org.custos.protection.letters.api;

import java.io.Serializable;

/**
 * A letter written from a template, to download: as PDF (to send) or DOCX (to edit before sending), and which
 * template version made it ("Rejection of an application, version 2").
 */
public record LetterFile(String fileName, String mediaType, byte[] content, String madeFrom) implements Serializable {

    /** The formats a letter is written in. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public LetterFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
