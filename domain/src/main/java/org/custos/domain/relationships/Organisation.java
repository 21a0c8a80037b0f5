package org.custos.domain.relationships;

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
import java.util.EnumSet;
import java.util.Set;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.SearchText;

/**
 * An organisation we deal with (K1): what it is to us (one or several kinds), its details and the relationship. Its
 * entity name tells it apart from protection's {@code Organisation}, ours, whom the letters are from.
 */
@Entity(name = "RelationshipOrganisation")
@Table(name = "rel_organisation")
@SequenceGenerator(name = "rel_seq", sequenceName = "rel_seq", allocationSize = 50)
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    /** The name folded for search and order (SearchText). */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(nullable = false)
    private boolean client;

    @Column(nullable = false)
    private boolean customer;

    @Column(nullable = false)
    private boolean supplier;

    @Column(name = "registration_number")
    private String registrationNumber;

    private String address;

    private String website;

    @Column(name = "relationship_start")
    private LocalDate relationshipStart;

    @Column(name = "relationship_end")
    private LocalDate relationshipEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationshipStatus status;

    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Organisation() {
    }

    public Organisation(String recordedBy, LocalDateTime recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Records the organisation's details as they stand now. */
    public void describe(String name, Set<OrganisationKind> kinds, String registrationNumber, String address,
            String website, LocalDate relationshipStart, LocalDate relationshipEnd, RelationshipStatus status,
            String notes) {
        this.name = name;
        this.searchName = SearchText.folded(name);
        this.client = kinds.contains(OrganisationKind.CLIENT);
        this.customer = kinds.contains(OrganisationKind.CUSTOMER);
        this.supplier = kinds.contains(OrganisationKind.SUPPLIER);
        this.registrationNumber = registrationNumber;
        this.address = address;
        this.website = website;
        this.relationshipStart = relationshipStart;
        this.relationshipEnd = relationshipEnd;
        this.status = status;
        this.notes = notes;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Set<OrganisationKind> kinds() {
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        if (client) {
            kinds.add(OrganisationKind.CLIENT);
        }
        if (customer) {
            kinds.add(OrganisationKind.CUSTOMER);
        }
        if (supplier) {
            kinds.add(OrganisationKind.SUPPLIER);
        }
        return kinds;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String address() {
        return address;
    }

    public String website() {
        return website;
    }

    public LocalDate relationshipStart() {
        return relationshipStart;
    }

    public LocalDate relationshipEnd() {
        return relationshipEnd;
    }

    public RelationshipStatus status() {
        return status;
    }

    public String notes() {
        return notes;
    }
}
