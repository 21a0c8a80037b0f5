package org.custos.domain.complaints;

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
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;

/**
 * A complaint file (P1): who complained (a person in the register, S1; none once their data was erased and the file
 * kept only for the counts), when and how it arrived, its kind, what it is about, what it says, whether the complainant
 * asked for anonymity (and, when that cannot be kept, why and when they were told), the rights request or breach it
 * relates to, its acknowledgement, its outcome and its closure.
 */
@Entity
@Table(name = "cmp_complaint")
@SequenceGenerator(name = "cmp_seq", sequenceName = "cmp_seq", allocationSize = 50)
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmp_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "complainant_subject_id")
    private Long complainantSubjectId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintAbout about;

    @Column(name = "about_text")
    private String aboutText;

    @Column(name = "complaint_text")
    private String complaintText;

    @Column(name = "anonymity_requested", nullable = false)
    private boolean anonymityRequested;

    @Column(name = "anonymity_lost_reason")
    private String anonymityLostReason;

    @Column(name = "anonymity_lost_told_on")
    private LocalDate anonymityLostToldOn;

    @Column(name = "rights_request_id")
    private Long rightsRequestId;

    @Column(name = "breach_id")
    private Long breachId;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    private String outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private LocalDateTime loggedAt;

    protected Complaint() {
    }

    public Complaint(long complainantSubjectId, LocalDate receivedOn, ComplaintChannel channel, ComplaintKind kind,
            ComplaintAbout about, String aboutText, String complaintText, boolean anonymityRequested,
            Long rightsRequestId, Long breachId, String loggedBy, LocalDateTime loggedAt) {
        this.complainantSubjectId = complainantSubjectId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.kind = kind;
        this.about = about;
        this.aboutText = aboutText;
        this.complaintText = complaintText;
        this.anonymityRequested = anonymityRequested;
        this.rightsRequestId = rightsRequestId;
        this.breachId = breachId;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public void acknowledge(LocalDate on) {
        this.acknowledgedOn = on;
    }

    /** The outcome sent to the complainant, and the file closed. */
    public void close(String outcome, LocalDate outcomeOn, LocalDate closedOn) {
        this.outcome = outcome;
        this.outcomeOn = outcomeOn;
        this.closedOn = closedOn;
    }

    /** Anonymity cannot be kept: why, and when the complainant was told (before anyone else learns who they are). */
    public void anonymityCannotBeKept(String reason, LocalDate toldOn) {
        this.anonymityLostReason = reason;
        this.anonymityLostToldOn = toldOn;
    }

    /** The message of a social-media complaint removed at the end of its shorter retention (R5). */
    public void removeMessage() {
        this.complaintText = null;
    }

    /** The complainant's data erased: the file keeps only what the counts per kind and month need. */
    public void anonymise() {
        this.complainantSubjectId = null;
        this.aboutText = null;
        this.complaintText = null;
        this.anonymityLostReason = null;
        this.outcome = null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long complainantSubjectId() {
        return complainantSubjectId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ComplaintChannel channel() {
        return channel;
    }

    public ComplaintKind kind() {
        return kind;
    }

    public ComplaintAbout about() {
        return about;
    }

    public String aboutText() {
        return aboutText;
    }

    public String complaintText() {
        return complaintText;
    }

    public boolean anonymityRequested() {
        return anonymityRequested;
    }

    /** Whether the complainant's identity is still withheld from the person the complaint is about. */
    public boolean anonymityKept() {
        return anonymityRequested && anonymityLostToldOn == null;
    }

    public String anonymityLostReason() {
        return anonymityLostReason;
    }

    public LocalDate anonymityLostToldOn() {
        return anonymityLostToldOn;
    }

    public Long rightsRequestId() {
        return rightsRequestId;
    }

    public Long breachId() {
        return breachId;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public String outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public LocalDateTime loggedAt() {
        return loggedAt;
    }
}
