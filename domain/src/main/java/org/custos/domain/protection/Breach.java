package org.custos.domain.protection;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
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
    private LocalDateTime occurredAt;

    @Column(name = "aware_at", nullable = false)
    private LocalDateTime awareAt;

    @Column(name = "how_discovered")
    private String howDiscovered;

    @ElementCollection(fetch = FetchType.EAGER)
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

    @ElementCollection(fetch = FetchType.EAGER)
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
    private LocalDateTime decidedAt;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "ico_reference")
    private String icoReference;

    @Column(name = "late_reason")
    private String lateReason;

    @Column(name = "people_told_at")
    private LocalDateTime peopleToldAt;

    @Column(name = "people_told_how")
    private String peopleToldHow;

    @Column(name = "not_told_reason")
    private String notToldReason;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Breach() {
    }

    public Breach(LocalDateTime now, String by) {
        this.createdAt = now;
        this.createdBy = by;
        touched(now, by);
    }

    /** What happened, when, and what it touched. */
    public void describe(String summary, LocalDateTime occurredAt, LocalDateTime awareAt, String howDiscovered,
            Collection<BreachNature> natures, String description, String systems, String dataCategories,
            String peopleCategories, Integer approxPeople, Integer approxRecords, Collection<Long> subjectIds) {
        this.summary = summary;
        this.occurredAt = occurredAt;
        this.awareAt = awareAt;
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

    public void decide(boolean notifyIco, String reasons, LocalDateTime at, String by) {
        this.notifyIco = notifyIco;
        this.decisionReasons = reasons;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public void reported(LocalDateTime at, String icoReference, String lateReason) {
        this.reportedAt = at;
        this.icoReference = icoReference;
        this.lateReason = lateReason;
    }

    /** Either when and how the people were told, or why they were not. */
    public void peopleTold(LocalDateTime at, String how, String notToldReason) {
        this.peopleToldAt = at;
        this.peopleToldHow = how;
        this.notToldReason = notToldReason;
    }

    public void close(LocalDateTime at, String by) {
        this.closedAt = at;
        this.closedBy = by;
    }

    public void touched(LocalDateTime now, String by) {
        this.updatedAt = now;
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

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public LocalDateTime awareAt() {
        return awareAt;
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

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public String icoReference() {
        return icoReference;
    }

    public String lateReason() {
        return lateReason;
    }

    public LocalDateTime peopleToldAt() {
        return peopleToldAt;
    }

    public String peopleToldHow() {
        return peopleToldHow;
    }

    public String notToldReason() {
        return notToldReason;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
