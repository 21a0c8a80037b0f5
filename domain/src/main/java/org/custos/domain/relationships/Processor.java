package org.custos.domain.relationships;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;

/**
 * An organisation as a processor of personal data for us (X4): the services and data it receives, the purposes it
 * serves (ids of protection's purposes), the register's categories of the people whose data it receives (counted
 * when a breach touches it) with an optional note on the others, where the data is stored or accessed, and when the
 * DPM reviews it. Its version also covers the evidence of its conditions.
 */
@Entity
@Table(name = "rel_processor")
public class Processor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String services;

    @Column(name = "data_categories", nullable = false)
    private String dataCategories;

    @Column(name = "people_note")
    private String peopleNote;

    @Column(nullable = false)
    private String countries;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rel_processor_purpose", joinColumns = @JoinColumn(name = "processor_id"))
    @Column(name = "purpose_id")
    private Set<Long> purposeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rel_processor_country", joinColumns = @JoinColumn(name = "processor_id"))
    @Column(name = "country")
    private Set<String> countryCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rel_processor_person_category", joinColumns = @JoinColumn(name = "processor_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<SubjectCategory> peopleHandled = EnumSet.noneOf(SubjectCategory.class);

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Processor() {
    }

    public Processor(long organisationId, String recordedBy, LocalDateTime recordedAt) {
        this.organisationId = organisationId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Records what the processor receives, why and about whom, as it stands now; {@code peopleNote} may be null. */
    public void describe(String services, String dataCategories, Set<Long> purposeIds,
            Set<SubjectCategory> peopleHandled, String peopleNote, String countries, Set<String> countryCodes,
            LocalDate reviewOn) {
        this.services = services;
        this.dataCategories = dataCategories;
        this.purposeIds.clear();
        this.purposeIds.addAll(purposeIds);
        this.peopleHandled.clear();
        this.peopleHandled.addAll(peopleHandled);
        this.peopleNote = peopleNote;
        this.countries = countries;
        this.countryCodes.clear();
        this.countryCodes.addAll(countryCodes);
        this.reviewOn = reviewOn;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long organisationId() {
        return organisationId;
    }

    public String services() {
        return services;
    }

    public String dataCategories() {
        return dataCategories;
    }

    public Set<Long> purposeIds() {
        return Set.copyOf(purposeIds);
    }

    /** Whose data it receives beyond the register's categories, or what they do not say; null when nothing. */
    public String peopleNote() {
        return peopleNote;
    }

    public String countries() {
        return countries;
    }

    /** The countries where the data is stored or accessed, as ISO 3166 alpha-2 codes, read from {@code countries}. */
    public Set<String> countryCodes() {
        return Set.copyOf(countryCodes);
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    /** The categories of people of the register whose data the processor receives (S2). */
    public Set<SubjectCategory> peopleHandled() {
        return peopleHandled.isEmpty() ? EnumSet.noneOf(SubjectCategory.class) : EnumSet.copyOf(peopleHandled);
    }
}
