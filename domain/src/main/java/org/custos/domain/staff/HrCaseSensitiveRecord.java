package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.shared.HrCaseSensitiveKind;

/**
 * Links an HR case to one of its health or criminal-records details, a sensitive record of the security context
 * (encrypted, behind the approval gate, L4, X3): what kind of detail it is, never its content. A detail of the case:
 * it goes when the warning expires (R3).
 */
@Entity
@Table(name = "stf_case_sensitive")
public class HrCaseSensitiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HrCaseSensitiveKind kind;

    @Column(name = "sensitive_record_id", nullable = false)
    private long sensitiveRecordId;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected HrCaseSensitiveRecord() {
    }

    public HrCaseSensitiveRecord(long caseId, HrCaseSensitiveKind kind, long sensitiveRecordId,
            LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.sensitiveRecordId = sensitiveRecordId;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public HrCaseSensitiveKind kind() {
        return kind;
    }

    public long sensitiveRecordId() {
        return sensitiveRecordId;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
