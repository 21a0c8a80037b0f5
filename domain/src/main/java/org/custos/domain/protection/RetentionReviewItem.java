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

/**
 * A record of a context that reached its retention date, in the review queue once however often runs find it (R6):
 * by its context, record and the key of the rule that made it due, with the person it is about, the day it fell
 * due and why. A reviewer's decision is carried out through the context's holder; every decision is kept apart as
 * {@link RetentionDecision evidence}.
 */
@Entity
@Table(name = "prot_retention_item")
@SequenceGenerator(name = "prot_retention_seq", sequenceName = "prot_retention_seq", allocationSize = 50)
public class RetentionReviewItem {

    /** Where an item stands. */
    public enum State {
        /** In the queue, waiting for a reviewer. */
        WAITING,
        /** Kept to a later date by a reviewer; back in the queue when that date comes and it is still due. */
        EXTENDED,
        /** Decided (destroy, summarise, anonymise) and waiting to be carried out. */
        DECIDED,
        /** Carried out. */
        DONE,
        /** Carrying it out failed: visibly not done, and it may be tried again. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_retention_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String context;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "rule_key", nullable = false)
    private String ruleKey;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private String reason;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    /** The disposal decided and not yet carried out, or carried out: DESTROY, SUMMARISE or ANONYMISE. */
    private String decision;

    @Column(name = "extended_until")
    private LocalDate extendedUntil;

    protected RetentionReviewItem() {
    }

    public RetentionReviewItem(String context, String recordType, String recordId, String ruleKey, long subjectId,
            LocalDate dueOn, String reason, long runId, LocalDateTime queuedAt) {
        this.context = context;
        this.recordType = recordType;
        this.recordId = recordId;
        this.ruleKey = ruleKey;
        this.subjectId = subjectId;
        this.dueOn = dueOn;
        this.reason = reason;
        this.runId = runId;
        this.queuedAt = queuedAt;
        this.state = State.WAITING;
    }

    public void decide(String disposal) {
        this.decision = disposal;
        this.state = State.DECIDED;
    }

    public void extend(LocalDate until) {
        this.decision = null;
        this.extendedUntil = until;
        this.state = State.EXTENDED;
    }

    /** Back in the queue: an extension ended while the record is still due. */
    public void requeue() {
        this.decision = null;
        this.state = State.WAITING;
    }

    public void done() {
        this.state = State.DONE;
    }

    public void failed() {
        this.state = State.FAILED;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String context() {
        return context;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public long subjectId() {
        return subjectId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String reason() {
        return reason;
    }

    public long runId() {
        return runId;
    }

    public LocalDateTime queuedAt() {
        return queuedAt;
    }

    public State state() {
        return state;
    }

    public String decision() {
        return decision;
    }

    public LocalDate extendedUntil() {
        return extendedUntil;
    }
}
