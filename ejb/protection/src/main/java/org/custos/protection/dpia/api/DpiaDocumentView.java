package org.custos.protection.dpia.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An assessment document of a DPIA, as listed (without its bytes); the newest is the assessment. */
public record DpiaDocumentView(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
        LocalDateTime uploadedAt) implements Serializable {
}
