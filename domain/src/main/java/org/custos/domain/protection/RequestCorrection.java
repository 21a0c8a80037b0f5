package org.custos.domain.protection;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;
import org.custos.domain.shared.CorrectionState;

/**
 * One field a rectification request asks to correct (D5), in the words of the context that holds it, with the
 * corrected value (encrypted at rest, X3, and bound to the correction's id, which persisting assigns: it is sealed
 * then) and whether the context made it or why it could not.
 */
@Entity
@Table(name = "prot_correction")
@Cacheable(false)
public class RequestCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false)
    private String context;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "record_label", nullable = false)
    private String recordLabel;

    @Column(nullable = false)
    private String field;

    @Column(nullable = false)
    private boolean statement;

    @Convert(converter = SealedColumn.class)
    @Column(name = "corrected_value")
    private Sealed value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CorrectionState state;

    private String reason;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    /** The corrected value as given, until persisting assigns the id it is bound to. */
    @Transient
    private String valueToSeal;

    protected RequestCorrection() {
    }

    public RequestCorrection(long requestId, String context, String recordType, String recordId, String recordLabel,
            String field, boolean statement, String value) {
        this.requestId = requestId;
        this.context = context;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordLabel = recordLabel;
        this.field = field;
        this.statement = statement;
        this.valueToSeal = value;
        this.state = CorrectionState.PENDING;
    }

    @PrePersist
    void seal() {
        value = EncryptedColumns.CORRECTION_VALUE.seal(valueToSeal, id);
    }

    public void made(LocalDateTime at) {
        settle(CorrectionState.MADE, null, at);
    }

    public void refused(String why, LocalDateTime at) {
        settle(CorrectionState.REFUSED, why, at);
    }

    private void settle(CorrectionState settled, String why, LocalDateTime at) {
        this.state = settled;
        this.reason = why;
        this.settledAt = at;
    }

    /** Erasure (D5, R6): the corrected value becomes {@code marker}; returns what was removed. */
    public List<RemovedCopy> removeValue(String marker) {
        List<RemovedCopy> removed = new ArrayList<>();
        value = RemovedCopy.replaced(EncryptedColumns.CORRECTION_VALUE, value, id, marker, removed);
        return removed;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long requestId() {
        return requestId;
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

    public String recordLabel() {
        return recordLabel;
    }

    public String field() {
        return field;
    }

    public boolean statement() {
        return statement;
    }

    public String value() {
        return EncryptedColumns.CORRECTION_VALUE.open(value, id);
    }

    public CorrectionState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime settledAt() {
        return settledAt;
    }
}
