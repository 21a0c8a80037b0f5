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

    /** The file chosen in an optional upload field as the facade takes it, or null when none was chosen. */
    public static DocumentUpload chosen(UploadedFile file) {
        return file == null || file.getSize() == 0 ? null : new DocumentUpload(file.getFileName(), file.getContent());
    }

    /** A stored document's type in words, as a list shows it ("PDF"). */
    public String typeLabel(String mediaType) {
        return DocumentUpload.typeLabel(mediaType);
    }
}
