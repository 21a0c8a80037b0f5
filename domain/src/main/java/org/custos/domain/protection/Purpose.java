package org.custos.domain.protection;

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
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.Schedule1Condition;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * A recorded purpose with its one lawful basis (L1); for legitimate interests, the three-part assessment (L3).
 * Approvals, consents and audit entries point to purposes by id.
 */
@Entity
@Table(name = "prot_purpose")
@SequenceGenerator(name = "prot_purpose_seq", sequenceName = "prot_purpose_seq", allocationSize = 50)
public class Purpose {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_purpose_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false)
    private LawfulBasis lawfulBasis;

    @Column(name = "li_interest")
    private String legitimateInterest;

    @Column(name = "li_necessity")
    private String necessity;

    @Column(name = "li_balance")
    private String balance;

    @Enumerated(EnumType.STRING)
    @Column(name = "special_condition")
    private SpecialCategoryCondition specialCategoryCondition;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    /** Seeded at first start; the DPM may edit it like any other. */
    @Column(name = "seeded_default", nullable = false)
    private boolean seededDefault;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** The context whose records serve the purpose (e.g. {@code recruitment}), when one does. */
    private String context;

    /** Where the data goes outside the UK for this purpose, and the safeguard; null when it does not. */
    private String transfers;

    /** The decisions made by automated means for this purpose, their logic and effect; null when none are. */
    @Column(name = "automated_decisions")
    private String automatedDecisions;

    /** Art 30 fields that no record knows, typed by the DPM (ADR 0015 decision 6): blank is null. */
    @Column(name = "business_function")
    private String businessFunction;

    @Column(name = "joint_controller")
    private String jointController;

    @Column(name = "joint_controller_contact")
    private String jointControllerContact;

    @Column(name = "security_measures")
    private String securityMeasures;

    @Column(name = "data_location")
    private String dataLocation;

    @Column(name = "retention_policy_link")
    private String retentionPolicyLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule1_condition")
    private Schedule1Condition schedule1Condition;

    @Column(name = "data_source")
    private String dataSource;

    protected Purpose() {
    }

    public Purpose(String name, LocalDateTime now, String by) {
        this.name = name;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Replaces what the purpose says; the assessment is kept only for legitimate interests (L3). */
    public void define(String name, String description, LawfulBasis basis, String legitimateInterest,
            String necessity, String balance, SpecialCategoryCondition condition, LocalDate reviewDate,
            LocalDateTime now, String by) {
        this.name = name;
        this.description = description;
        this.lawfulBasis = basis;
        boolean assessed = basis.needsInterestAssessment();
        this.legitimateInterest = assessed ? legitimateInterest : null;
        this.necessity = assessed ? necessity : null;
        this.balance = assessed ? balance : null;
        this.specialCategoryCondition = condition;
        this.reviewDate = reviewDate;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** What people are told about transfers and automated decisions for this purpose (D3, N1); blank for none. */
    public void recordTransfersAndAutomatedDecisions(String transfers, String automatedDecisions) {
        this.transfers = transfers == null || transfers.isBlank() ? null : transfers.trim();
        this.automatedDecisions = automatedDecisions == null || automatedDecisions.isBlank() ? null
                : automatedDecisions.trim();
    }

    /** The Art 30 fields no record knows (the record of processing reads them); blank text is kept as none. */
    public void recordArticle30(String function, String joint, String jointContact, String security,
            String location, String retentionPolicy, Schedule1Condition schedule1, String source, LocalDateTime now,
            String by) {
        this.businessFunction = blankIsNull(function);
        this.jointController = blankIsNull(joint);
        this.jointControllerContact = blankIsNull(jointContact);
        this.securityMeasures = blankIsNull(security);
        this.dataLocation = blankIsNull(location);
        this.retentionPolicyLink = blankIsNull(retentionPolicy);
        this.schedule1Condition = schedule1;
        this.dataSource = blankIsNull(source);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String businessFunction() {
        return businessFunction;
    }

    public String jointController() {
        return jointController;
    }

    public String jointControllerContact() {
        return jointControllerContact;
    }

    public String securityMeasures() {
        return securityMeasures;
    }

    public String dataLocation() {
        return dataLocation;
    }

    public String retentionPolicyLink() {
        return retentionPolicyLink;
    }

    public Schedule1Condition schedule1Condition() {
        return schedule1Condition;
    }

    public String dataSource() {
        return dataSource;
    }

    /** The context whose records serve the purpose; null when none does. */
    public void servedBy(String servingContext) {
        this.context = servingContext;
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

    public String description() {
        return description;
    }

    public LawfulBasis lawfulBasis() {
        return lawfulBasis;
    }

    public String legitimateInterest() {
        return legitimateInterest;
    }

    public String necessity() {
        return necessity;
    }

    public String balance() {
        return balance;
    }

    public SpecialCategoryCondition specialCategoryCondition() {
        return specialCategoryCondition;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public boolean seededDefault() {
        return seededDefault;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String transfers() {
        return transfers;
    }

    public String automatedDecisions() {
        return automatedDecisions;
    }

    public String context() {
        return context;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
