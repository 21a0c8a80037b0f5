package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The evidence an erasure keeps of a copy of the person's data it removed from a rights request (D5, R6): the
 * record and field, the size and the SHA-256 hash of the content, the day and who erased; never the content.
 */
@Entity
@Table(name = "prot_erased_copy")
public class ErasedCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(nullable = false)
    private String field;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "erased_on", nullable = false)
    private LocalDate erasedOn;

    @Column(name = "erased_by", nullable = false)
    private String erasedBy;

    protected ErasedCopy() {
    }

    public ErasedCopy(long requestId, String recordType, String recordId, String field, int sizeBytes, String sha256,
            LocalDate erasedOn, String erasedBy) {
        this.requestId = requestId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.field = field;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.erasedOn = erasedOn;
        this.erasedBy = erasedBy;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String field() {
        return field;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public LocalDate erasedOn() {
        return erasedOn;
    }

    public String erasedBy() {
        return erasedBy;
    }
}
