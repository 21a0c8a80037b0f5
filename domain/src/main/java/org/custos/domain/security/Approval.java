package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * A request for the DPM's prior approval and its outcome: to use a special category of data about one person or
 * a group (L4), or to use HR or finance data outside HR (L5, naming the account that will use it). Exactly one of
 * subject and group, and exactly one of category and data area, is set. A special-category approval may be used by
 * the account that asked for it and by the accounts it names (L4: "who may use it"). The rules for deciding and for what an
 * approval covers live in the security context. Never cached: a revocation must take effect on the next read.
 */
@Entity
@Cacheable(false)
@Table(name = "sec_approval")
@SequenceGenerator(name = "sec_approval_seq", sequenceName = "sec_approval_seq", allocationSize = 50)
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_approval_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "group_key")
    private String groupKey;

    @Column(name = "group_label")
    private String groupLabel;

    @Enumerated(EnumType.STRING)
    private SpecialCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_area")
    private DataArea dataArea;

    @Column(name = "user_account")
    private String userAccount;

    @ElementCollection
    @CollectionTable(name = "sec_approval_user", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "account", nullable = false)
    private Set<String> namedUsers = new TreeSet<>();

    @Column(name = "purpose_id", nullable = false)
    private long purposeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_condition")
    private SpecialCategoryCondition condition;

    @Column(name = "schedule1_condition")
    private String schedule1Condition;

    @Column(nullable = false)
    private String justification;

    @Column(name = "wanted_until", nullable = false)
    private LocalDate wantedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status = ApprovalStatus.PENDING;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Approval() {
    }

    /** A request about one person ({@code subjectId}) or a group ({@code groupKey} with its label). */
    public Approval(Long subjectId, String groupKey, String groupLabel, long purposeId, String justification,
            LocalDate wantedUntil, String requestedBy, LocalDateTime requestedAt) {
        this.subjectId = subjectId;
        this.groupKey = groupKey;
        this.groupLabel = groupLabel;
        this.purposeId = purposeId;
        this.justification = justification;
        this.wantedUntil = wantedUntil;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** L4: the category, on which condition (and the DPA 2018 Schedule 1 condition, if one applies). */
    public Approval forCategory(SpecialCategory category, SpecialCategoryCondition condition,
            String schedule1Condition) {
        this.category = category;
        this.condition = condition;
        this.schedule1Condition = schedule1Condition;
        return this;
    }

    /** L4: the accounts that may use the approval besides the one that asked for it. */
    public Approval usableAlsoBy(Collection<String> accounts) {
        this.namedUsers.addAll(accounts);
        return this;
    }

    /** L5: which data, and the account outside HR that will use it. */
    public Approval forUseOutsideHr(DataArea dataArea, String userAccount) {
        this.dataArea = dataArea;
        this.userAccount = userAccount;
        return this;
    }

    public void approve(String by, LocalDateTime at, LocalDate until, String note) {
        decide(ApprovalStatus.APPROVED, by, at, note);
        this.validUntil = until;
    }

    public void reject(String by, LocalDateTime at, String reason) {
        decide(ApprovalStatus.REJECTED, by, at, reason);
    }

    public void revoke(String by, LocalDateTime at, String reason) {
        this.status = ApprovalStatus.REVOKED;
        this.revokedBy = by;
        this.revokedAt = at;
        this.revocationReason = reason;
    }

    private void decide(ApprovalStatus outcome, String by, LocalDateTime at, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String groupKey() {
        return groupKey;
    }

    public String groupLabel() {
        return groupLabel;
    }

    public SpecialCategory category() {
        return category;
    }

    public DataArea dataArea() {
        return dataArea;
    }

    public String userAccount() {
        return userAccount;
    }

    /** The accounts named to use it besides the one that asked for it, by user name. */
    public Set<String> namedUsers() {
        return new TreeSet<>(namedUsers);
    }

    public long purposeId() {
        return purposeId;
    }

    public SpecialCategoryCondition condition() {
        return condition;
    }

    public String schedule1Condition() {
        return schedule1Condition;
    }

    public String justification() {
        return justification;
    }

    public LocalDate wantedUntil() {
        return wantedUntil;
    }

    public ApprovalStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
