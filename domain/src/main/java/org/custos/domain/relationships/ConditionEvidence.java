package org.custos.domain.relationships;

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
import org.custos.domain.shared.ProcessorCondition;

/** The evidence that a processor meets one of X4's conditions: a note or document, when and by whom it was checked. */
@Entity
@Table(name = "rel_processor_condition")
public class ConditionEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "processor_id", nullable = false)
    private long processorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProcessorCondition condition;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ConditionEvidence() {
    }

    public ConditionEvidence(long processorId, ProcessorCondition condition) {
        this.processorId = processorId;
        this.condition = condition;
    }

    /** Records the evidence as it stands now, replacing what was there. */
    public void record(String evidence, LocalDate checkedOn, String checkedBy, String recordedBy,
            LocalDateTime recordedAt) {
        this.evidence = evidence;
        this.checkedOn = checkedOn;
        this.checkedBy = checkedBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ProcessorCondition condition() {
        return condition;
    }

    public String evidence() {
        return evidence;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String checkedBy() {
        return checkedBy;
    }
}
