package org.custos.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.custos.security.api.DocumentUpload;
import org.primefaces.model.file.UploadedFile;

/** What the upload fields tell and check before sending: the facade's limit and accepted types, not copies. */
@Named
@ApplicationScoped
public class DocumentRules {

    public int getMaxBytes() {
        return DocumentUpload.MAX_BYTES;
    }

    public String getLimit() {
        return DocumentUpload.LIMIT;
    }

    public String getAcceptedTypes() {
        return DocumentUpload.acceptedTypes();
    }

    /**
     * The file chosen in an upload field as the facade takes it, or null when none was chosen (no name, no bytes). A
     * file chosen with 0 bytes is passed on, for the facade to refuse as empty rather than to be dropped unsaid.
     */
    public static DocumentUpload chosen(UploadedFile file) {
        if (file == null || (file.getSize() == 0 && (file.getFileName() == null || file.getFileName().isBlank()))) {
            return null;
        }
        return new DocumentUpload(file.getFileName(), file.getSize() == 0 ? new byte[0] : file.getContent());
    }

    /** A stored document's type in words, as a list shows it ("PDF"). */
    public String typeLabel(String mediaType) {
        return DocumentUpload.typeLabel(mediaType);
    }
}
