package org.custos.domain.staff;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.custos.domain.shared.ChangeReportState;

/**
 * A change a member of staff reported to their own record (A1): the field as the context holding it lists it for
 * rectification (D5), the new value (encrypted at rest, X3, and bound to the report's id, which persisting assigns:
 * it is sealed then), who reported it and when, and HR's decision: applied, or declined with the reason.
 */
@Entity
@Table(name = "stf_change_report")
@Cacheable(false)
public class ChangeReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String context;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "record_label", nullable = false)
    private String recordLabel;

    @Column(nullable = false)
    private String field;

    @Convert(converter = SealedColumn.class)
    @Column(name = "new_value")
    private Sealed newValue;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeReportState state;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    private String reason;

    /** The new value as given, until persisting assigns the id it is bound to. */
    @Transient
    private String valueToSeal;

    protected ChangeReport() {
    }

    public ChangeReport(long subjectId, String context, String recordType, String recordId, String recordLabel,
            String field, String newValue, String reportedBy, LocalDateTime reportedAt) {
        this.subjectId = subjectId;
        this.context = context;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordLabel = recordLabel;
        this.field = field;
        this.valueToSeal = newValue;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.state = ChangeReportState.WAITING;
    }

    @PrePersist
    void seal() {
        newValue = EncryptedColumns.STAFF_CHANGE_REPORT_VALUE.seal(valueToSeal, id);
    }

    public void applied(String by, LocalDateTime at) {
        decide(ChangeReportState.APPLIED, by, at, null);
    }

    public void declined(String by, LocalDateTime at, String why) {
        decide(ChangeReportState.DECLINED, by, at, why);
    }

    private void decide(ChangeReportState decided, String by, LocalDateTime at, String why) {
        this.state = decided;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long subjectId() {
        return subjectId;
    }

    public String context() {
        return context;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String recordLabel() {
        return recordLabel;
    }

    public String field() {
        return field;
    }

    /** The new value; null when the member of staff asked for the value to be removed. */
    public String newValue() {
        return EncryptedColumns.STAFF_CHANGE_REPORT_VALUE.open(newValue, id);
    }

    public String reportedBy() {
        return reportedBy;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public ChangeReportState state() {
        return state;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
