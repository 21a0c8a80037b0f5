package org.custos.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.SubjectCategory;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.recruitment.api.FinalOffers;
import org.custos.recruitment.api.OfferView;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.PersonChoice;

/**
 * The final offer section, a tab of the application (C2, HR and the DPM): bank details, shown masked once stored,
 * and emergency contacts.
 */
@Named
@ViewScoped
public class ApplicationOfferSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FinalOffers offers;

    @Inject
    ApplicationDetailPage page;

    @Inject
    CurrentUser currentUser;

    private OfferView offer;
    private LocalDate madeOn;
    private String accountHolder;
    private String sortCode;
    private String accountNumber;
    private final PersonChoice contact = new PersonChoice(SubjectCategory.EMERGENCY_CONTACT);
    private String relationship;

    public void load() {
        if (offer == null && page.getId() != null && currentUser.isRegisterUser()) {
            FacadeCall.attempt(() -> offers.offer(page.getId())).ifPresent(found -> offer = found);
        }
    }

    public void recordBankDetails() {
        FacadeCall.attempt(() -> offers.recordBankDetails(page.getId(), offer.version(),
                new BankDetailsForm(madeOn, accountHolder, sortCode, accountNumber))).ifPresent(saved -> {
                    offer = saved;
                    accountNumber = null;
                    page.refresh();
                    FacadeCall.info("The bank details are stored, encrypted.");
                });
    }

    public void addEmergencyContact() {
        contact.save(() -> offers.addEmergencyContact(page.getId(),
                new EmergencyContactForm(contact.chosen(), relationship))).ifPresent(saved -> {
                    offer = saved;
                    contact.clear();
                    relationship = null;
                    FacadeCall.info("The emergency contact is added.");
                });
    }

    public OfferView getOffer() {
        return offer;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder;
    }

    public String getSortCode() {
        return sortCode;
    }

    public void setSortCode(String sortCode) {
        this.sortCode = sortCode;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public PersonChoice getContact() {
        return contact;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }
}
