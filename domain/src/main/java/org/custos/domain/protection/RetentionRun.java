package org.custos.domain.protection;

import jakarta.persistence.Cacheable;
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

/**
 * One run of the retention engine (R6): it asked every context what was due on a day and put what it found in the
 * review queue. One runs at a time however many servers share the database (the lease); a run whose server stopped
 * is marked interrupted by the next, which starts over without queuing anything twice. Not cached: whichever server
 * runs it changes it, and every server shows its progress.
 */
@Entity
@Cacheable(false)
@Table(name = "prot_retention_run")
public class RetentionRun {

    /** Where a run stands. */
    public enum State {
        /** Asking the contexts now. */
        RUNNING,
        /** Every context was asked; a context that failed says so in its own row. */
        FINISHED,
        /** Its server stopped before it finished; the next run started over. */
        INTERRUPTED,
        /** It stopped on an error of its own, not of a context. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_retention_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    protected RetentionRun() {
    }

    /** A run asking what is due on {@code asOf}, started now by an account or by the nightly timer. */
    public RetentionRun(LocalDate asOf, LocalDateTime startedAt, String startedBy) {
        this.asOf = asOf;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.state = State.RUNNING;
    }

    public void finished(LocalDateTime at) {
        end(State.FINISHED, at);
    }

    public void interrupted(LocalDateTime at) {
        end(State.INTERRUPTED, at);
    }

    public void failed(LocalDateTime at) {
        end(State.FAILED, at);
    }

    private void end(State ended, LocalDateTime at) {
        this.state = ended;
        this.finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public State state() {
        return state;
    }
}
