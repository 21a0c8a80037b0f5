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
 * A reviewer's decision on one {@link RetentionReviewItem item of the review queue}, kept as evidence without the
 * destroyed data (R6): the action (destroy, summarise, anonymise, or extend with its reason, note and new date), who
 * decided and when, the retention schedule's version that applied, and once carried out, when, how many records
 * went, what was kept and why, or why it failed, and a SHA-256 of the person's record set as it was before.
 */
@Entity
@Table(name = "prot_retention_decision")
@SequenceGenerator(name = "prot_retention_seq", sequenceName = "prot_retention_seq", allocationSize = 50)
public class RetentionDecision {

    /** The action of a decision that keeps the item to a later date rather than disposing of it. */
    public static final String EXTEND = "EXTEND";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_retention_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    /** DESTROY, SUMMARISE, ANONYMISE or EXTEND. */
    @Column(nullable = false)
    private String action;

    @Column(name = "extension_reason")
    private String extensionReason;

    private String note;

    @Column(name = "extended_until")
    private LocalDate extendedUntil;

    @Column(name = "schedule_version", nullable = false)
    private int scheduleVersion;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private LocalDateTime decidedAt;

    @Column(name = "carried_out_at")
    private LocalDateTime carriedOutAt;

    private Integer records;

    private String kept;

    private String failure;

    @Column(name = "record_set_sha256")
    private String recordSetSha256;

    protected RetentionDecision() {
    }

    /** A decision to dispose of the item: carried out later. */
    public RetentionDecision(long itemId, String disposal, int scheduleVersion, String decidedBy,
            LocalDateTime decidedAt) {
        this.itemId = itemId;
        this.action = disposal;
        this.scheduleVersion = scheduleVersion;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** A decision to keep the item to a later date, for a reason: in effect at once. */
    public static RetentionDecision extension(long itemId, String reason, String note, LocalDate until,
            int scheduleVersion, String decidedBy, LocalDateTime decidedAt) {
        RetentionDecision decision = new RetentionDecision(itemId, EXTEND, scheduleVersion, decidedBy, decidedAt);
        decision.extensionReason = reason;
        decision.note = note;
        decision.extendedUntil = until;
        return decision;
    }

    /** Carried out: how many records went, what was kept and why, and the hash of the record set before. */
    public void carriedOut(LocalDateTime at, int records, String kept, String recordSetSha256) {
        this.carriedOutAt = at;
        this.records = records;
        this.kept = kept;
        this.recordSetSha256 = recordSetSha256;
        this.failure = null;
    }

    /** Carrying it out failed, and why; nothing of it was done. */
    public void failed(String failure) {
        this.failure = failure;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long itemId() {
        return itemId;
    }

    public String action() {
        return action;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public String note() {
        return note;
    }

    public LocalDate extendedUntil() {
        return extendedUntil;
    }

    public int scheduleVersion() {
        return scheduleVersion;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public LocalDateTime carriedOutAt() {
        return carriedOutAt;
    }

    public Integer records() {
        return records;
    }

    public String kept() {
        return kept;
    }

    public String failure() {
        return failure;
    }

    public String recordSetSha256() {
        return recordSetSha256;
    }
}
