package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One disclosure of a person's data (D5, D6): the recipient (an organisation or a person, optionally an
 * organisation of the register by its id), what they received, for which purpose and on which day. Rights requests
 * tell every recipient of a rectification, erasure or restriction.
 */
@Entity
@Table(name = "prot_disclosure")
@SequenceGenerator(name = "prot_disclosure_seq", sequenceName = "prot_disclosure_seq", allocationSize = 50)
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_disclosure_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String disclosed;

    @Column(name = "purpose_id", nullable = false)
    private long purposeId;

    @Column(name = "disclosed_on", nullable = false)
    private LocalDate disclosedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Disclosure() {
    }

    public Disclosure(long subjectId, String recipient, Long organisationId, String disclosed, long purposeId,
            LocalDate disclosedOn, String recordedBy, LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.recipient = recipient;
        this.organisationId = organisationId;
        this.disclosed = disclosed;
        this.purposeId = purposeId;
        this.disclosedOn = disclosedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
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

    public String recipient() {
        return recipient;
    }

    /** The organisation of the register that received the data, or null for a recipient named only in words. */
    public Long organisationId() {
        return organisationId;
    }

    /** What was disclosed, in words ("name, start date and salary"). */
    public String disclosed() {
        return disclosed;
    }

    public long purposeId() {
        return purposeId;
    }

    public LocalDate disclosedOn() {
        return disclosedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
