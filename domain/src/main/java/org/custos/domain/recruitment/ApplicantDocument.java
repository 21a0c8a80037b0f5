package org.custos.domain.recruitment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.shared.DocumentKind;

/**
 * A document of an application (CV, proofs for the checks ...), stored in the database with the hash of its
 * content; lists read it without the content.
 */
@Entity
@Table(name = "rec_document")
public class ApplicantDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected ApplicantDocument() {
    }

    public ApplicantDocument(long applicationId, DocumentKind kind, String fileName, String mediaType,
            byte[] content, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public DocumentKind kind() {
        return kind;
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

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }
}
