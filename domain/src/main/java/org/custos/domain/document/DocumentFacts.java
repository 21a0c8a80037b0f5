package org.custos.domain.document;

import org.custos.domain.shared.Sha256;

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
        return new DocumentFacts(fileName, type, content.length, Sha256.hex(content));
    }
}
