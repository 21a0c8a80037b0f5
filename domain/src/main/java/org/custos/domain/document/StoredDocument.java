package org.custos.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * What a record that keeps a document stores about it besides its bytes: the {@link DocumentFacts} accepted at
 * upload, who uploaded it and when. The bytes stay a lazy column of the entity itself: EclipseLink weaves no fetch
 * groups into an embeddable, so bytes held here would be read with every list of documents.
 */
@Embeddable
public class StoredDocument {

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredDocument() {
    }

    public StoredDocument(DocumentFacts facts, String uploadedBy, LocalDateTime uploadedAt) {
        this.fileName = facts.fileName();
        this.mediaType = facts.type().mediaType();
        this.sizeBytes = facts.size();
        this.sha256 = facts.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    /** The name to download it under, with the extension of its type (see {@link DocumentName#forDownload}). */
    public String downloadName() {
        return DocumentName.forDownload(fileName, DocumentType.ofMediaType(mediaType));
    }
}
