package org.custos.domain.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What is kept about an accepted document besides its (encrypted) bytes: the name it came with (made safe, see
 * {@link DocumentName}), its type told by its content, its size, and the SHA-256 of its bytes, which exports list so
 * the person can match their copy.
 */
public record DocumentFacts(String fileName, DocumentType type, int size, String sha256) {

    /** @throws RefusedDocument when the content is of no accepted type */
    public static DocumentFacts of(String uploadedName, byte[] content) {
        String fileName = DocumentName.clean(uploadedName);
        DocumentType type = DocumentType.of(fileName, content);
        try {
            return new DocumentFacts(fileName, type, content.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
