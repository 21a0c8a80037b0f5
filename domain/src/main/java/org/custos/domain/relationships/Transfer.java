package org.custos.domain.relationships;

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
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;

/**
 * How our data going to one organisation in one country outside the UK is safeguarded: the mechanism (none yet
 * when only the destination is known), the Article 49 exception and why, and the transfer risk assessment.
 */
@Entity
@Table(name = "rel_transfer")
public class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    private TransferMechanism mechanism;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_used")
    private TransferException exception;

    @Column(name = "exception_reason")
    private String exceptionReason;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessment_outcome")
    private String assessmentOutcome;

    @Column(name = "assessment_document")
    private String assessmentDocument;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Transfer() {
    }

    public Transfer(long organisationId, String country) {
        this.organisationId = organisationId;
        this.country = country;
    }

    /** Records the safeguard as it stands now, replacing what was recorded before. */
    public void safeguard(TransferMechanism mechanism, TransferException exception, String exceptionReason,
            LocalDate assessedOn, String assessmentOutcome, String assessmentDocument, String recordedBy,
            LocalDateTime recordedAt) {
        this.mechanism = mechanism;
        this.exception = exception;
        this.exceptionReason = exceptionReason;
        this.assessedOn = assessedOn;
        this.assessmentOutcome = assessmentOutcome;
        this.assessmentDocument = assessmentDocument;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long organisationId() {
        return organisationId;
    }

    public String country() {
        return country;
    }

    public TransferMechanism mechanism() {
        return mechanism;
    }

    public TransferException exception() {
        return exception;
    }

    public String exceptionReason() {
        return exceptionReason;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String assessmentOutcome() {
        return assessmentOutcome;
    }

    public String assessmentDocument() {
        return assessmentDocument;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
