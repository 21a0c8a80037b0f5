package org.custos.domain.staff;

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
import org.custos.domain.shared.StaffDocumentKind;

/**
 * A document of a staff file (T1): a right-to-work copy of its check, a contract or another document, accepted by
 * its content (see {@code org.custos.domain.document}) and stored with the hash of its bytes; lists read it without
 * the content.
 */
@Entity
@Table(name = "stf_document")
public class StaffDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "right_to_work_id")
    private Long rightToWorkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffDocumentKind kind;

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

    protected StaffDocument() {
    }

    /** {@code rightToWorkId} is the check a right-to-work copy belongs to, null for other kinds. */
    public StaffDocument(long staffFileId, Long rightToWorkId, StaffDocumentKind kind, String fileName,
            String mediaType, byte[] content, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        this.staffFileId = staffFileId;
        this.rightToWorkId = rightToWorkId;
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

    public long staffFileId() {
        return staffFileId;
    }

    public Long rightToWorkId() {
        return rightToWorkId;
    }

    public StaffDocumentKind kind() {
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
