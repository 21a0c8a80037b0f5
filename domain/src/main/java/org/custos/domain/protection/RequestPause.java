package org.custos.domain.protection;

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
import org.custos.domain.shared.ClockStop;

/**
 * A stop of a rights request's clock (D2), from the day it stopped to the day what was awaited arrived; its reason
 * says whether the clock restarts then or was only paused.
 */
@Entity
@Table(name = "prot_request_pause")
public class RequestPause {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClockStop reason;

    @Column(name = "stopped_on", nullable = false)
    private LocalDate stoppedOn;

    @Column(name = "resumed_on")
    private LocalDate resumedOn;

    protected RequestPause() {
    }

    public RequestPause(long requestId, ClockStop reason, LocalDate stoppedOn) {
        this.requestId = requestId;
        this.reason = reason;
        this.stoppedOn = stoppedOn;
    }

    public void resume(LocalDate on) {
        this.resumedOn = on;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public ClockStop reason() {
        return reason;
    }

    public LocalDate stoppedOn() {
        return stoppedOn;
    }

    public LocalDate resumedOn() {
        return resumedOn;
    }
}
