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
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.OrganisationKind;

/**
 * A person in the register (S1) as our contact at an organisation: as which kind's contact, their role there, their
 * work email and phone, and their own start and end there.
 */
@Entity
@Table(name = "rel_contact")
public class OrganisationContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rel_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private String role;

    @Column(name = "work_email")
    private String workEmail;

    @Column(name = "work_phone")
    private String workPhone;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "marketing_basis")
    private MarketingBasis marketingBasis;

    @Column(name = "similar_offer")
    private String similarOffer;

    @Column(name = "opt_out_offered")
    private Boolean optOutOffered;

    @Column(name = "marketing_recorded_by")
    private String marketingRecordedBy;

    @Column(name = "marketing_withdrawn_on")
    private LocalDate marketingWithdrawnOn;

    @Column(name = "marketing_withdrawn_by")
    private String marketingWithdrawnBy;

    protected OrganisationContact() {
    }

    public OrganisationContact(long organisationId, long subjectId, OrganisationKind kind, String role,
            String workEmail, String workPhone, LocalDate startsOn, LocalDate endsOn, String addedBy,
            LocalDateTime addedAt) {
        this.organisationId = organisationId;
        this.subjectId = subjectId;
        this.kind = kind;
        this.role = role;
        this.workEmail = workEmail;
        this.workPhone = workPhone;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Staff change the contact's role and work details, or end them at the organisation. */
    public void change(String role, String workEmail, String workPhone, LocalDate startsOn, LocalDate endsOn) {
        this.role = role;
        this.workEmail = workEmail;
        this.workPhone = workPhone;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /**
     * L2: they consented to marketing; what they were told and agreed to, how and when, and its withdrawal are on the
     * consent ledger, taken with this contact.
     */
    public void consentToMarketing(String recordedBy) {
        recordMarketing(MarketingBasis.CONSENT, recordedBy);
    }

    /** The soft opt-in: an existing customer's contact, told of {@code similarOffer}, offered a way to opt out. */
    public void softOptIn(String similarOffer, String recordedBy) {
        recordMarketing(MarketingBasis.SOFT_OPT_IN, recordedBy);
        this.similarOffer = similarOffer;
        this.optOutOffered = true;
    }

    /** They opted out of the soft opt-in, from {@code on} (a consent is withdrawn on the ledger instead). */
    public void withdrawMarketing(LocalDate on, String recordedBy) {
        this.marketingWithdrawnOn = on;
        this.marketingWithdrawnBy = recordedBy;
    }

    private void recordMarketing(MarketingBasis basis, String recordedBy) {
        this.marketingBasis = basis;
        this.marketingRecordedBy = recordedBy;
        this.similarOffer = null;
        this.optOutOffered = null;
        this.marketingWithdrawnOn = null;
        this.marketingWithdrawnBy = null;
    }

    /** D5: the role as rectified. */
    public void correctRole(String corrected) {
        this.role = corrected;
    }

    /** D5: the work email as rectified. */
    public void correctWorkEmail(String corrected) {
        this.workEmail = corrected;
    }

    /** D5: the work phone as rectified. */
    public void correctWorkPhone(String corrected) {
        this.workPhone = corrected;
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

    public long subjectId() {
        return subjectId;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String role() {
        return role;
    }

    public String workEmail() {
        return workEmail;
    }

    public String workPhone() {
        return workPhone;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public MarketingBasis marketingBasis() {
        return marketingBasis;
    }




    public String similarOffer() {
        return similarOffer;
    }

    public String marketingRecordedBy() {
        return marketingRecordedBy;
    }

    public LocalDate marketingWithdrawnOn() {
        return marketingWithdrawnOn;
    }

    public String marketingWithdrawnBy() {
        return marketingWithdrawnBy;
    }
}
