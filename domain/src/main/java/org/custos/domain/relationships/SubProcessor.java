package org.custos.domain.relationships;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rel_sub_processor_country", joinColumns = @JoinColumn(name = "sub_processor_id"))
    @Column(name = "country")
    private Set<String> countryCodes = new HashSet<>();

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected SubProcessor() {
    }

    public SubProcessor(long processorId, long organisationId, String countries, Set<String> countryCodes,
            String recordedBy, LocalDateTime recordedAt) {
        this.processorId = processorId;
        this.organisationId = organisationId;
        this.countries = countries;
        this.countryCodes.addAll(countryCodes);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long organisationId() {
        return organisationId;
    }

    public String countries() {
        return countries;
    }

    /** The countries as ISO 3166 alpha-2 codes, read from {@code countries}. */
    public Set<String> countryCodes() {
        return Set.copyOf(countryCodes);
    }
}
