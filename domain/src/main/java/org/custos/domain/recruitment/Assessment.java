package org.custos.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.AssessmentType;

/** A test, interview, assessment day or questionnaire of an applicant, with the assessor's notes (C1, R1). */
@Entity
@Table(name = "rec_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentType kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String assessor;

    private String notes;

    private Integer score;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Assessment() {
    }

    public Assessment(long applicationId, AssessmentType kind, LocalDate heldOn, String assessor, String notes,
            Integer score, String recordedBy, LocalDateTime recordedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.heldOn = heldOn;
        this.assessor = assessor;
        this.notes = notes;
        this.score = score;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** D5: the notes completed with the applicant's statement; the assessor's opinion itself is not rewritten. */
    public void completeNotes(String completedNotes) {
        this.notes = completedNotes;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public AssessmentType kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String assessor() {
        return assessor;
    }

    public String notes() {
        return notes;
    }

    public Integer score() {
        return score;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
