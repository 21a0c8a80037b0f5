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
import org.custos.domain.shared.AbsenceHealthKind;

/**
 * Links a sickness absence to one of its health details, a sensitive record of the security context (encrypted,
 * behind the approval gate, L4, X3): what kind of detail it is, never its content.
 */
@Entity
@Table(name = "stf_absence_health")
public class AbsenceHealthRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "absence_id", nullable = false)
    private long absenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceHealthKind kind;

    @Column(name = "sensitive_record_id", nullable = false)
    private long sensitiveRecordId;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected AbsenceHealthRecord() {
    }

    public AbsenceHealthRecord(long absenceId, AbsenceHealthKind kind, long sensitiveRecordId,
            LocalDateTime recordedAt) {
        this.absenceId = absenceId;
        this.kind = kind;
        this.sensitiveRecordId = sensitiveRecordId;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long absenceId() {
        return absenceId;
    }

    public AbsenceHealthKind kind() {
        return kind;
    }

    public long sensitiveRecordId() {
        return sensitiveRecordId;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
