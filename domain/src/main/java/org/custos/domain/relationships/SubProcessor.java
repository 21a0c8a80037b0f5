package org.custos.domain.relationships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** An organisation a processor passes our data on to (X4), with the countries where it holds or reaches it. */
@Entity
@Table(name = "rel_sub_processor")
public class SubProcessor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "processor_id", nullable = false)
    private long processorId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String countries;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected SubProcessor() {
    }

    public SubProcessor(long processorId, long organisationId, String countries, String recordedBy,
            LocalDateTime recordedAt) {
        this.processorId = processorId;
        this.organisationId = organisationId;
        this.countries = countries;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long organisationId() {
        return organisationId;
    }

    public String countries() {
        return countries;
    }
}
