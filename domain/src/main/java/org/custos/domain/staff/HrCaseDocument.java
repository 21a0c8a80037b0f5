package org.custos.domain.staff;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A document of an HR case (letters, statements, evidence), its type told by its content when uploaded, kept with
 * the hash of its bytes; lists read it without the content. A detail that goes when the case's warning expires.
 */
@Entity
@Table(name = "stf_case_document")
public class HrCaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

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

    protected HrCaseDocument() {
    }

    public HrCaseDocument(long caseId, String fileName, String mediaType, byte[] content, String sha256,
            String uploadedBy, LocalDateTime uploadedAt) {
        this.caseId = caseId;
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

    public long caseId() {
        return caseId;
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
