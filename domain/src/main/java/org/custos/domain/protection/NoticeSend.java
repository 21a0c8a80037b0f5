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
import org.custos.domain.shared.NoticeMethod;

/**
 * A new version of a privacy notice sent to everyone who had an older one (N2, ADR 0015 decision 3), carried out in
 * the background in batches: the versions, how and the day, how many people in all and done so far, running or done.
 */
@Entity
@Table(name = "prot_notice_send")
@SequenceGenerator(name = "prot_notice_send_seq", sequenceName = "prot_notice_send_seq", allocationSize = 50)
public class NoticeSend {

    /** Running until no one is left, then done. */
    public enum State { RUNNING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_notice_send_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "from_version_id", nullable = false)
    private long fromVersionId;

    @Column(name = "to_version_id", nullable = false)
    private long toVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeMethod method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "people_total", nullable = false)
    private int peopleTotal;

    @Column(name = "people_done", nullable = false)
    private int peopleDone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected NoticeSend() {
    }

    public NoticeSend(long fromVersionId, long toVersionId, NoticeMethod method, LocalDate givenOn, int peopleTotal,
            String startedBy, LocalDateTime startedAt) {
        this.fromVersionId = fromVersionId;
        this.toVersionId = toVersionId;
        this.method = method;
        this.givenOn = givenOn;
        this.peopleTotal = peopleTotal;
        this.state = State.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** A batch of {@code people} done. */
    public void done(int people) {
        this.peopleDone += people;
    }

    /** No one is left. */
    public void finish(LocalDateTime at) {
        this.state = State.DONE;
        this.finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long fromVersionId() {
        return fromVersionId;
    }

    public long toVersionId() {
        return toVersionId;
    }

    public NoticeMethod method() {
        return method;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public int peopleTotal() {
        return peopleTotal;
    }

    public int peopleDone() {
        return peopleDone;
    }

    public State state() {
        return state;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }
}
