package org.custos.domain.relationships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A record of a service provided (R4's exception: kept past the relationship's end): what, when, for which
 * organisation and, while their data is kept, for which of its contacts.
 */
@Entity
@Table(name = "rel_service")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String description;

    @Column(name = "provided_on", nullable = false)
    private LocalDate providedOn;

    @Column(name = "contact_subject_id")
    private Long contactSubjectId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ServiceRecord() {
    }

    public ServiceRecord(long organisationId, String description, LocalDate providedOn, Long contactSubjectId,
            String recordedBy, LocalDateTime recordedAt) {
        this.organisationId = organisationId;
        this.description = description;
        this.providedOn = providedOn;
        this.contactSubjectId = contactSubjectId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String description() {
        return description;
    }

    public LocalDate providedOn() {
        return providedOn;
    }

    public Long contactSubjectId() {
        return contactSubjectId;
    }
}
