package org.custos.domain.relationships;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;

/**
 * A version of a processor's agreement (X4): its document, the Art 28(3) terms it contains, its dates and notice
 * period, and where it stands; the DPM's approval is of this version as it stands, and a change drops it.
 */
@Entity
@Table(name = "rel_agreement_version")
public class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "processor_id", nullable = false)
    private long processorId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String document;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rel_agreement_term", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "term")
    private Set<AgreementTerm> terms = new HashSet<>();

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementState state;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approval_reason")
    private String approvalReason;

    @Column(name = "end_confirmation")
    private String endConfirmation;

    @Column(name = "replaced_by")
    private Integer replacedBy;

    protected AgreementVersion() {
    }

    public AgreementVersion(long processorId, int number, String proposedBy, LocalDateTime proposedAt) {
        this.processorId = processorId;
        this.number = number;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** Records the version's terms as proposed: whatever approval it had no longer holds (X4). */
    public void propose(String document, Set<AgreementTerm> terms, LocalDate startsOn, LocalDate endsOn,
            int noticeDays) {
        this.document = document;
        this.terms.clear();
        this.terms.addAll(terms);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.noticeDays = noticeDays;
        this.state = AgreementState.PROPOSED;
        this.approvedBy = null;
        this.approvedAt = null;
        this.approvalReason = null;
    }

    public void moveTo(AgreementState state) {
        this.state = state;
    }

    public void approve(String approvedBy, LocalDateTime approvedAt, String reason) {
        this.state = AgreementState.APPROVED;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.approvalReason = reason;
    }

    public void end(String confirmation) {
        this.state = AgreementState.ENDED;
        this.endConfirmation = confirmation;
    }

    /** Ends the version because a later one came into force: the processor keeps the data under that one. */
    public void replaceBy(int laterNumber) {
        this.state = AgreementState.ENDED;
        this.replacedBy = laterNumber;
    }

    /** The DPM's approval no longer holds (a condition it relied on lost its evidence): they decide again. */
    public void withdrawApproval() {
        this.state = AgreementState.AWAITING_DPM;
        this.approvedBy = null;
        this.approvedAt = null;
        this.approvalReason = null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long processorId() {
        return processorId;
    }

    public int number() {
        return number;
    }

    public String document() {
        return document;
    }

    public Set<AgreementTerm> terms() {
        return terms.isEmpty() ? EnumSet.noneOf(AgreementTerm.class) : EnumSet.copyOf(terms);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int noticeDays() {
        return noticeDays;
    }

    public AgreementState state() {
        return state;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public String approvalReason() {
        return approvalReason;
    }

    public String endConfirmation() {
        return endConfirmation;
    }

    /** The number of the version that replaced this one in force, or null. */
    public Integer replacedBy() {
        return replacedBy;
    }
}
