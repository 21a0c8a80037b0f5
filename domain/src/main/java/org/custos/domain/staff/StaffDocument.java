package org.custos.domain.staff;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.document.StoredDocument;
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

    @Embedded
    private StoredDocument stored;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected StaffDocument() {
    }

    /** {@code rightToWorkId} is the check a right-to-work copy belongs to, null for other kinds. */
    public StaffDocument(long staffFileId, Long rightToWorkId, StaffDocumentKind kind, StoredDocument stored,
            byte[] content) {
        this.staffFileId = staffFileId;
        this.rightToWorkId = rightToWorkId;
        this.kind = kind;
        this.stored = stored;
        this.content = content.clone();
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

    public StoredDocument stored() {
        return stored;
    }

    public byte[] content() {
        return content.clone();
    }
}
