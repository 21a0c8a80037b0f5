package org.custos.security.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.custos.domain.document.DocumentType;

/**
 * A document uploaded with a record: the name it came with and its bytes. The facade tells its type by its
 * content and refuses anything but PDF, DOCX, ODT, PNG and JPEG, whatever the name says.
 */
public record DocumentUpload(
        @NotBlank(message = "The document has no name.")
        @Size(max = 255, message = "The document's name must have at most {max} characters.") String fileName,
        @NotNull(message = "The document is empty.")
        @Size(min = 1, message = "The document is empty: the file chosen has 0 bytes.")
        @Size(max = DocumentUpload.MAX_BYTES, message = "The document must be at most " + DocumentUpload.LIMIT + ".")
        byte[] content) implements Serializable {

    /** The largest document accepted, in bytes and as people read it. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String LIMIT = "10 MB";

    /** The types accepted, told by content: "PDF, Word (DOCX), ...". */
    public static String acceptedTypes() {
        return DocumentType.accepted();
    }

    /** A stored document's type in words ("PDF", "Word (DOCX)"), from its media type; the media type if unknown. */
    public static String typeLabel(String mediaType) {
        try {
            return DocumentType.ofMediaType(mediaType).label();
        } catch (IllegalArgumentException unknown) {
            return mediaType;
        }
    }
}
