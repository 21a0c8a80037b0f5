package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.ConsentMethod;

/**
 * One person's consent to one purpose on the consent ledger (L2): the notice version they were given (null only for
 * consents recorded before notices had versions), the exact wording they agreed to, how and when, the evidence note
 * (a document is kept apart, {@link ConsentDocument}), who recorded it; and its withdrawal on the same row. A context
 * that took the consent with one of its records names it ({@code context}, {@code recordId}).
 */
@Entity
@Table(name = "prot_consent")
@SequenceGenerator(name = "prot_consent_seq", sequenceName = "prot_consent_seq", allocationSize = 50)
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_consent_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "purpose_id", nullable = false)
    private long purposeId;

    @Column(name = "notice_version_id")
    private Long noticeVersionId;

    @Column(nullable = false)
    private String wording;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentMethod method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "evidence_note")
    private String evidenceNote;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column
    private String context;

    @Column(name = "record_id")
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_method")
    private ConsentMethod withdrawalMethod;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_recorded_by")
    private String withdrawalRecordedBy;

    @Column(name = "withdrawal_recorded_at")
    private LocalDateTime withdrawalRecordedAt;

    @Column(name = "withdrawal_request_id")
    private Long withdrawalRequestId;

    protected Consent() {
    }

    public Consent(long subjectId, long purposeId, Long noticeVersionId, String wording, ConsentMethod method,
            LocalDate givenOn, String evidenceNote, String context, Long recordId, String recordedBy,
            LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.purposeId = purposeId;
        this.noticeVersionId = noticeVersionId;
        this.wording = wording;
        this.method = method;
        this.givenOn = givenOn;
        this.evidenceNote = evidenceNote;
        this.context = context;
        this.recordId = recordId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** L2: withdrawn by {@code method} on {@code on}; what was agreed stays on record. */
    public void withdraw(ConsentMethod method, LocalDate on, String recordedBy, LocalDateTime recordedAt) {
        this.withdrawalMethod = method;
        this.withdrawnOn = on;
        this.withdrawalRecordedBy = recordedBy;
        this.withdrawalRecordedAt = recordedAt;
    }

    /** L2, D7: withdrawn as {@link #withdraw}, through the rights request {@code requestId}. */
    public void withdrawThroughRequest(ConsentMethod method, LocalDate on, long requestId, String recordedBy,
            LocalDateTime recordedAt) {
        withdraw(method, on, recordedBy, recordedAt);
        this.withdrawalRequestId = requestId;
    }

    /** The rights request it was withdrawn through, or null. */
    public Long withdrawalRequestId() {
        return withdrawalRequestId;
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

    public long purposeId() {
        return purposeId;
    }

    public Long noticeVersionId() {
        return noticeVersionId;
    }

    public String wording() {
        return wording;
    }

    public ConsentMethod method() {
        return method;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String evidenceNote() {
        return evidenceNote;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String context() {
        return context;
    }

    public Long recordId() {
        return recordId;
    }

    public ConsentMethod withdrawalMethod() {
        return withdrawalMethod;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalRecordedBy() {
        return withdrawalRecordedBy;
    }

    public LocalDateTime withdrawalRecordedAt() {
        return withdrawalRecordedAt;
    }
}
