package org.custos.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A conflict of interest a member of staff declared (T1), and once reviewed, by whom, when and with what outcome. */
@Entity
@Table(name = "stf_conflict_declaration")
public class ConflictDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "staff_file_id", nullable = false)
    private long staffFileId;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    @Column(nullable = false)
    private String what;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(long staffFileId, LocalDate declaredOn, String what, String recordedBy,
            LocalDateTime recordedAt) {
        this.staffFileId = staffFileId;
        this.declaredOn = declaredOn;
        this.what = what;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void reviewed(String by, LocalDate on, String outcome) {
        this.reviewedBy = by;
        this.reviewedOn = on;
        this.outcome = outcome;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long staffFileId() {
        return staffFileId;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public String what() {
        return what;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String outcome() {
        return outcome;
    }
}
