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

/**
 * A legal hold on a person's records (D5, R6): while it is in force, erasure keeps the records of its context, or
 * of every context when it names none, and says so. The DPM places and lifts it; a lifted hold stays as evidence.
 */
@Entity
@Table(name = "prot_legal_hold")
@SequenceGenerator(name = "prot_legal_hold_seq", sequenceName = "prot_legal_hold_seq", allocationSize = 50)
public class LegalHold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_legal_hold_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    private String context;

    @Column(nullable = false)
    private String reason;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "lifted_by")
    private String liftedBy;

    protected LegalHold() {
    }

    public LegalHold(long subjectId, String context, String reason, LocalDate placedOn, String placedBy) {
        this.subjectId = subjectId;
        this.context = context;
        this.reason = reason;
        this.placedOn = placedOn;
        this.placedBy = placedBy;
    }

    public void lift(LocalDate on, String by) {
        this.liftedOn = on;
        this.liftedBy = by;
    }

    public boolean inForce() {
        return liftedOn == null;
    }

    /** In force and on the records of {@code recordContext} (a hold naming no context covers every one). */
    public boolean covers(String recordContext) {
        return inForce() && (context == null || context.equals(recordContext));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long subjectId() {
        return subjectId;
    }

    public String context() {
        return context;
    }

    public String reason() {
        return reason;
    }

    public LocalDate placedOn() {
        return placedOn;
    }

    public String placedBy() {
        return placedBy;
    }

    public LocalDate liftedOn() {
        return liftedOn;
    }

    public String liftedBy() {
        return liftedBy;
    }
}
