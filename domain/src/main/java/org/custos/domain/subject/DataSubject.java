package org.custos.domain.subject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.domain.shared.SearchText;
import org.custos.domain.shared.SubjectCategory;

/**
 * One identified person (S1), with the categories they belong to (S2) and their do-not-contact wish (S3). The
 * emails and categories are read when used: lists of people read the columns they show instead of these
 * entities ({@code SubjectSearch} in the register).
 */
@Entity
@Table(name = "core_data_subject")
@SequenceGenerator(name = "core_data_subject_seq", sequenceName = "core_data_subject_seq", allocationSize = 50)
public class DataSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_data_subject_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    /** "given family" folded for searching ({@link SearchText}). */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @ElementCollection
    @CollectionTable(name = "core_subject_email", joinColumns = @JoinColumn(name = "subject_id"))
    @Column(name = "email", nullable = false)
    private Set<String> emails = new LinkedHashSet<>();

    private String phone;

    @Embedded
    private PostalAddress address;

    @ElementCollection
    @CollectionTable(name = "core_subject_category", joinColumns = @JoinColumn(name = "subject_id"))
    @Column(name = "category", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<SubjectCategory> categories = EnumSet.noneOf(SubjectCategory.class);

    @Column(name = "do_not_contact", nullable = false)
    private boolean doNotContact;

    @Column(name = "do_not_contact_reason")
    private String doNotContactReason;

    @Column(name = "do_not_contact_since")
    private LocalDate doNotContactSince;

    /** Restricted (D6): the data may be stored, not otherwise used, until the restriction is lifted. */
    @Column(nullable = false)
    private boolean restricted;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected DataSubject() {
    }

    public DataSubject(String givenNames, String familyName, LocalDateTime now, String by) {
        rename(givenNames, familyName);
        this.createdAt = now;
        this.createdBy = by;
        touched(now, by);
    }

    public void rename(String givenNames, String familyName) {
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.searchName = searchName(givenNames, familyName);
    }

    public void describe(LocalDate dateOfBirth, Collection<String> emails, String phone, PostalAddress address) {
        this.dateOfBirth = dateOfBirth;
        List<String> given = emails.stream().map(DataSubject::normalisedEmail).toList();
        this.emails.clear();
        this.emails.addAll(given);
        this.phone = phone;
        this.address = address;
    }

    public void categorise(Collection<SubjectCategory> categories) {
        this.categories.clear();
        this.categories.addAll(categories);
    }

    /** Adds a category (S2), keeping the others; true if the person did not have it yet. */
    public boolean addCategory(SubjectCategory category) {
        return this.categories.add(category);
    }

    /** Records the person's wish not to be contacted (S3), or clears it. */
    public void setDoNotContact(boolean doNotContact, String reason, LocalDate since) {
        this.doNotContact = doNotContact;
        this.doNotContactReason = doNotContact ? reason : null;
        this.doNotContactSince = doNotContact ? since : null;
    }

    public void restrict(boolean restricted) {
        this.restricted = restricted;
    }

    public void touched(LocalDateTime now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The name as it is kept and searched: "Zoë Ñúñez" as "zoe nunez" ({@link SearchText#folded}). */
    public static String searchName(String givenNames, String familyName) {
        return SearchText.folded(givenNames + " " + familyName);
    }

    public static String normalisedEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyName() {
        return familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Set<String> emails() {
        return Set.copyOf(emails);
    }

    public String phone() {
        return phone;
    }

    public PostalAddress address() {
        return address;
    }

    public Set<SubjectCategory> categories() {
        return categories.isEmpty() ? EnumSet.noneOf(SubjectCategory.class) : EnumSet.copyOf(categories);
    }

    public boolean doNotContact() {
        return doNotContact;
    }

    public String doNotContactReason() {
        return doNotContactReason;
    }

    public LocalDate doNotContactSince() {
        return doNotContactSince;
    }

    public boolean restricted() {
        return restricted;
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
