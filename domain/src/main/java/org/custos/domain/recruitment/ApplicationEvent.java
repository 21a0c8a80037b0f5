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
import java.time.LocalDateTime;
import org.custos.domain.shared.ApplicationStatus;

/** One step of an application's timeline: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "rec_application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ApplicationStatus toStatus;

    private String note;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(long applicationId, LocalDateTime happenedAt, String actor, ApplicationStatus fromStatus,
            ApplicationStatus toStatus, String note) {
        this.applicationId = applicationId;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    /** Free text may name the applicant (R7). */
    public void forgetNote() {
        this.note = null;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public LocalDateTime happenedAt() {
        return happenedAt;
    }

    public String actor() {
        return actor;
    }

    public ApplicationStatus fromStatus() {
        return fromStatus;
    }

    public ApplicationStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
