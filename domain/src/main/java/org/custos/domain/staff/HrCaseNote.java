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
import org.custos.domain.shared.HrCaseNoteKind;

/** An allegation or concern, or an investigation note, of an HR case: a detail that goes when its warning expires. */
@Entity
@Table(name = "stf_case_note")
public class HrCaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HrCaseNoteKind kind;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected HrCaseNote() {
    }

    public HrCaseNote(long caseId, HrCaseNoteKind kind, String note, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public HrCaseNoteKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
