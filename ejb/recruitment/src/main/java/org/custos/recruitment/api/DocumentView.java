package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.DocumentKind;

/** A stored document, listed without its content; {@code sha256} identifies it in exports. */
public record DocumentView(long id, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
