package org.custos.domain.protection;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * What one {@link RetentionRun run} found in one context (R6): how many of its records were due and how many of
 * them went into the review queue (new, or back from an extension that ended); its progress while the run goes on,
 * and why the context failed, if it did, while the run went on to the others.
 */
@Entity
@Cacheable(false)
@Table(name = "prot_retention_run_context")
public class RetentionRunContext {

    /** The longest failure text the table keeps. */
    public static final int FAILURE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_retention_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(nullable = false)
    private String context;

    @Column(nullable = false)
    private int found;

    @Column(nullable = false)
    private int queued;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    private String failure;

    protected RetentionRunContext() {
    }

    /** A context the run has still to ask. */
    public RetentionRunContext(long runId, String context) {
        this.runId = runId;
        this.context = context;
    }

    /** The context was asked: so many records due, so many put in the queue. */
    public void finished(int found, int queued, LocalDateTime at) {
        this.found = found;
        this.queued = queued;
        this.finishedAt = at;
        this.failure = null;
    }

    /** Asking the context failed, for this reason; nothing of it was queued. */
    public void failed(String why, LocalDateTime at) {
        this.found = 0;
        this.queued = 0;
        this.finishedAt = at;
        this.failure = why.length() > FAILURE_LENGTH ? why.substring(0, FAILURE_LENGTH - 1) + "…" : why;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long runId() {
        return runId;
    }

    public String context() {
        return context;
    }

    public int found() {
        return found;
    }

    public int queued() {
        return queued;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public String failure() {
        return failure;
    }
}
