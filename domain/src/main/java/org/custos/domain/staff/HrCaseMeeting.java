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

/** A meeting of an HR case (investigation, hearing, appeal): when, who attended, what was said. */
@Entity
@Table(name = "stf_case_meeting")
public class HrCaseMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String attendees;

    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected HrCaseMeeting() {
    }

    public HrCaseMeeting(long caseId, LocalDate heldOn, String attendees, String notes, String recordedBy,
            LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String attendees() {
        return attendees;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
