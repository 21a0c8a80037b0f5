package org.custos.domain.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A reference asked of a referee (a person in the register) for a pre-employment check (C2). */
@Entity
@Table(name = "rec_reference")
public class Reference {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "referee_subject_id", nullable = false)
    private long refereeSubjectId;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Reference() {
    }

    public Reference(long applicationId, long refereeSubjectId, LocalDate requestedOn, String recordedBy) {
        this.applicationId = applicationId;
        this.refereeSubjectId = refereeSubjectId;
        this.requestedOn = requestedOn;
        this.recordedBy = recordedBy;
    }

    public void received(LocalDate on) {
        this.receivedOn = on;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long applicationId() {
        return applicationId;
    }

    public long refereeSubjectId() {
        return refereeSubjectId;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
