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
import java.time.LocalDateTime;

/** What acting on a rights request did in one context (D5, D6): how many records, and what was kept and why. */
@Entity
@Table(name = "prot_request_outcome")
public class RequestOutcome {

    /** The action taken in the context. */
    public enum Action {
        ERASED("Erased"),
        RECTIFIED("Rectified"),
        RESTRICTED("Restricted"),
        RESTRICTION_LIFTED("Restriction lifted");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false)
    private String context;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private int done;

    private String kept;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @Column(name = "acted_by")
    private String actedBy;

    protected RequestOutcome() {
    }

    public RequestOutcome(long requestId, String context, Action action, int done, String kept,
            LocalDateTime happenedAt) {
        this.requestId = requestId;
        this.context = context;
        this.action = action;
        this.done = done;
        this.kept = kept;
        this.happenedAt = happenedAt;
    }

    public long requestId() {
        return requestId;
    }

    public String context() {
        return context;
    }

    public Action action() {
        return action;
    }

    public int done() {
        return done;
    }

    public String kept() {
        return kept;
    }

    /** Who acted (the DPM, also when the server finished their action after a restart); null before it was kept. */
    public String actedBy() {
        return actedBy;
    }

    public RequestOutcome by(String actor) {
        this.actedBy = actor;
        return this;
    }

    public LocalDateTime happenedAt() {
        return happenedAt;
    }
}
