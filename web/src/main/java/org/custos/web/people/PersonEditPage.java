package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.web.shell.FacadeCall;

/**
 * Creates or edits one person. A new person who may already be on the register (S1) is not created: the facade
 * names the possible duplicates, shown until the user opens one or says this is someone else. An edit quotes the
 * version it started from.
 */
@Named
@ViewScoped
public class PersonEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    private Long id;
    private long version;
    private String givenNames;
    private String familyName;
    private LocalDate dateOfBirth;
    private String emails;
    private String phone;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String country;
    private SubjectCategory[] categories = {};
    private boolean doNotContact;
    private String doNotContactReason;
    private boolean restricted;
    private List<SubjectSummary> possibleDuplicates = List.of();

    /** Loads the person named by the {@code id} view parameter, if any. */
    public void load() {
        if (id == null || givenNames != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(id)).ifPresent(this::fill);
    }

    private void fill(SubjectDetails person) {
        SubjectForm data = person.data();
        version = person.version();
        restricted = person.restricted();
        givenNames = data.givenNames();
        familyName = data.familyName();
        dateOfBirth = data.dateOfBirth();
        emails = String.join(", ", data.emails());
        phone = data.phone();
        addressLine1 = data.addressLine1();
        addressLine2 = data.addressLine2();
        town = data.town();
        postcode = data.postcode();
        country = data.country();
        categories = data.categories().toArray(SubjectCategory[]::new);
        doNotContact = data.doNotContact();
        doNotContactReason = data.doNotContactReason();
    }

    private SubjectForm form() {
        List<String> emailList = emails == null ? List.of()
                : Arrays.stream(emails.split("[,;\\s]+")).filter(text -> !text.isBlank()).toList();
        return new SubjectForm(givenNames, familyName, dateOfBirth, emailList, phone, addressLine1, addressLine2,
                town, postcode, country, Set.of(categories), doNotContact, doNotContactReason);
    }

    public String save() {
        if (id == null) {
            possibleDuplicates = List.of();
            return FacadeCall.attempt(() -> register.register(form())).map(registration -> {
                possibleDuplicates = registration.possibleDuplicates();
                return registration.registered() ? added(registration.person()) : null;
            }).orElse(null);
        }
        return FacadeCall.attempt(() -> register.update(id, version, form())).map(saved -> {
            FacadeCall.info("Saved.");
            return detailOf(saved);
        }).orElse(null);
    }

    /** After the user has seen the possible duplicates and confirmed this is someone else (S1). */
    public String create() {
        return FacadeCall.attempt(() -> register.registerConfirmed(form())).map(PersonEditPage::added).orElse(null);
    }

    private static String added(SubjectDetails person) {
        FacadeCall.info(person.data().givenNames() + " " + person.data().familyName() + " was added to the register.");
        return detailOf(person);
    }

    private static String detailOf(SubjectDetails person) {
        return "/people/detail.xhtml?faces-redirect=true&id=" + person.id();
    }

    public SubjectCategory[] getAllCategories() {
        return SubjectCategory.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public List<SubjectSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public SubjectCategory[] getCategories() {
        return categories.clone();
    }

    public void setCategories(SubjectCategory[] categories) {
        this.categories = categories == null ? new SubjectCategory[0] : categories.clone();
    }

    public boolean isDoNotContact() {
        return doNotContact;
    }

    public void setDoNotContact(boolean doNotContact) {
        this.doNotContact = doNotContact;
    }

    public String getDoNotContactReason() {
        return doNotContactReason;
    }

    public void setDoNotContactReason(String doNotContactReason) {
        this.doNotContactReason = doNotContactReason;
    }

    /** The person's data is restricted (D6): the form says so before anyone types. */
    public boolean isRestricted() {
        return restricted;
    }
}
