package org.custos.domain.protection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachNature;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;

/**
 * One personal-data breach in the breach log (X5): what happened and when, what and whom it touched, the risk,
 * the decision whether to report it to the ICO, the report, telling the people affected, and closure. The people
 * affected are linked by subject id only. The rules (deadline, lateness, closing) are the protection context's.
 *
 * <p>Its times are instants (the deadline counts elapsed hours), kept in {@code timestamp with time zone} columns
 * as {@link OffsetDateTime}s, since EclipseLink 4.0 maps an {@link Instant} to a BLOB; the protection context shows
 * them in London time. A UTC {@code timestamp} would not do: EclipseLink binds it through the JVM's zone, which in
 * London has no 01:00-01:59 on the day the clocks go forward.
 */
@Entity
@Table(name = "prot_breach")
@SequenceGenerator(name = "prot_breach_seq", sequenceName = "prot_breach_seq", allocationSize = 50)
public class Breach {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_breach_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String summary;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    @Column(name = "aware_at", nullable = false)
    private OffsetDateTime awareAt;

    @Column(name = "how_discovered")
    private String howDiscovered;

    @ElementCollection
    @CollectionTable(name = "prot_breach_nature", joinColumns = @JoinColumn(name = "breach_id"))
    @Column(name = "nature", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<BreachNature> natures = EnumSet.noneOf(BreachNature.class);

    @Column(nullable = false)
    private String description;

    private String systems;

    @Column(name = "data_categories", nullable = false)
    private String dataCategories;

    @Column(name = "people_categories")
    private String peopleCategories;

    @Column(name = "approx_people")
    private Integer approxPeople;

    @Column(name = "approx_records")
    private Integer approxRecords;

    @ElementCollection
    @CollectionTable(name = "prot_breach_subject", joinColumns = @JoinColumn(name = "breach_id"))
    @Column(name = "subject_id", nullable = false)
    private Set<Long> subjectIds = new LinkedHashSet<>();

    private String consequences;

    @Column(name = "measures_taken")
    private String measuresTaken;

    @Column(name = "measures_planned")
    private String measuresPlanned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachLikelihood likelihood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachRisk risk;

    /** Null until the DPM has decided. */
    @Column(name = "notify_ico")
    private Boolean notifyIco;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "ico_reference")
    private String icoReference;

    @Column(name = "late_reason")
    private String lateReason;

    @Column(name = "people_told_at")
    private OffsetDateTime peopleToldAt;

    @Column(name = "people_told_how")
    private String peopleToldHow;

    @Column(name = "not_told_reason")
    private String notToldReason;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Breach() {
    }

    public Breach(Instant now, String by) {
        this.createdAt = stored(now);
        this.createdBy = by;
        touched(now, by);
    }

    /** What happened, when, and what it touched. */
    public void describe(String summary, Instant occurredAt, Instant awareAt, String howDiscovered,
            Collection<BreachNature> natures, String description, String systems, String dataCategories,
            String peopleCategories, Integer approxPeople, Integer approxRecords, Collection<Long> subjectIds) {
        this.summary = summary;
        this.occurredAt = stored(occurredAt);
        this.awareAt = stored(awareAt);
        this.howDiscovered = howDiscovered;
        this.natures.clear();
        this.natures.addAll(natures);
        this.description = description;
        this.systems = systems;
        this.dataCategories = dataCategories;
        this.peopleCategories = peopleCategories;
        this.approxPeople = approxPeople;
        this.approxRecords = approxRecords;
        this.subjectIds.clear();
        this.subjectIds.addAll(subjectIds);
    }

    /** The likely consequences, what was and will be done, and the assessed risk. */
    public void assess(String consequences, String measuresTaken, String measuresPlanned,
            BreachLikelihood likelihood, BreachSeverity severity, BreachRisk risk) {
        this.consequences = consequences;
        this.measuresTaken = measuresTaken;
        this.measuresPlanned = measuresPlanned;
        this.likelihood = likelihood;
        this.severity = severity;
        this.risk = risk;
    }

    public void decide(boolean notifyIco, String reasons, Instant at, String by) {
        this.notifyIco = notifyIco;
        this.decisionReasons = reasons;
        this.decidedAt = stored(at);
        this.decidedBy = by;
    }

    public void reported(Instant at, String icoReference, String lateReason) {
        this.reportedAt = stored(at);
        this.icoReference = icoReference;
        this.lateReason = lateReason;
    }

    /** Either when and how the people were told, or why they were not. */
    public void peopleTold(Instant at, String how, String notToldReason) {
        this.peopleToldAt = stored(at);
        this.peopleToldHow = how;
        this.notToldReason = notToldReason;
    }

    public void close(Instant at, String by) {
        this.closedAt = stored(at);
        this.closedBy = by;
    }

    public void touched(Instant now, String by) {
        this.updatedAt = stored(now);
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String summary() {
        return summary;
    }

    public Instant occurredAt() {
        return instant(occurredAt);
    }

    public Instant awareAt() {
        return instant(awareAt);
    }

    public String howDiscovered() {
        return howDiscovered;
    }

    public Set<BreachNature> natures() {
        return natures;
    }

    public String description() {
        return description;
    }

    public String systems() {
        return systems;
    }

    public String dataCategories() {
        return dataCategories;
    }

    public String peopleCategories() {
        return peopleCategories;
    }

    public Integer approxPeople() {
        return approxPeople;
    }

    public Integer approxRecords() {
        return approxRecords;
    }

    public Set<Long> subjectIds() {
        return subjectIds;
    }

    public String consequences() {
        return consequences;
    }

    public String measuresTaken() {
        return measuresTaken;
    }

    public String measuresPlanned() {
        return measuresPlanned;
    }

    public BreachLikelihood likelihood() {
        return likelihood;
    }

    public BreachSeverity severity() {
        return severity;
    }

    public BreachRisk risk() {
        return risk;
    }

    public Boolean notifyIco() {
        return notifyIco;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return instant(decidedAt);
    }

    public Instant reportedAt() {
        return instant(reportedAt);
    }

    public String icoReference() {
        return icoReference;
    }

    public String lateReason() {
        return lateReason;
    }

    public Instant peopleToldAt() {
        return instant(peopleToldAt);
    }

    public String peopleToldHow() {
        return peopleToldHow;
    }

    public String notToldReason() {
        return notToldReason;
    }

    public Instant closedAt() {
        return instant(closedAt);
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant createdAt() {
        return instant(createdAt);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return instant(updatedAt);
    }

    public String updatedBy() {
        return updatedBy;
    }

    private static OffsetDateTime stored(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
