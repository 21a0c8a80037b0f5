package org.custos.domain.complaints;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.DocumentName;
import org.custos.domain.document.DocumentType;

/**
 * A document of a complaint (P1: the complainant's letter, a screenshot, evidence), its type told by its content when
 * uploaded and kept with the hash of its bytes. Its name is personal data ("Jane Smith complaint.pdf") and is
 * encrypted at rest (X3), bound to the document's id, which persisting assigns; the bytes are a
 * {@link ComplaintDocumentContent} with the same id, apart, so that listing documents never decrypts one.
 */
@Entity
@Table(name = "cmp_document")
@Cacheable(false)
public class ComplaintDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "file_name", nullable = false)
    private Sealed fileName;

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

    /** The name as given, until persisting assigns the id it is bound to. */
    @Transient
    private String fileNameToSeal;

    protected ComplaintDocument() {
    }

    public ComplaintDocument(long complaintId, DocumentFacts facts, String uploadedBy, LocalDateTime uploadedAt) {
        this.complaintId = complaintId;
        this.fileNameToSeal = facts.fileName();
        this.mediaType = facts.type().mediaType();
        this.sizeBytes = facts.size();
        this.sha256 = facts.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @PrePersist
    void seal() {
        fileName = EncryptedColumns.COMPLAINT_DOCUMENT_NAME.seal(fileNameToSeal, id);
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public String fileName() {
        return fileNameToSeal != null ? fileNameToSeal : EncryptedColumns.COMPLAINT_DOCUMENT_NAME.open(fileName, id);
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

    /** The name to download it under, with the extension of its type. */
    public String downloadName() {
        return DocumentName.forDownload(fileName(), DocumentType.ofMediaType(mediaType));
    }
}
