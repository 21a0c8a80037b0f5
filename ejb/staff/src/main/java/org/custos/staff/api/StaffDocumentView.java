package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.StaffDocumentKind;

/** A document of a staff file, listed without its content; {@code sha256} identifies it in exports. */
public record StaffDocumentView(long id, StaffDocumentKind kind, String fileName, String mediaType, long sizeBytes,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) implements Serializable {
}
