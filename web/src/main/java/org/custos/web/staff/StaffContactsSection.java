package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.SubjectCategory;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.staff.api.BankDetailsView;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.PersonChoice;

/**
 * The bank and contacts tab of a staff file: the bank details masked, shown in full to HR when asked (X3: the audit
 * trail records each time), and the emergency contacts, people in the register chosen or registered there (S1).
 */
@Named
@ViewScoped
public class StaffContactsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffFiles staffFiles;

    @Inject
    StaffFilePage page;

    private BankDetailsView bankDetails;
    private final PersonChoice contact = new PersonChoice(SubjectCategory.EMERGENCY_CONTACT);
    private String relationship;

    public void showBankDetails() {
        FacadeCall.attempt(() -> staffFiles.bankDetails(page.getId())).ifPresent(shown -> bankDetails = shown);
    }

    public void addEmergencyContact() {
        contact.save(() -> staffFiles.addEmergencyContact(page.getId(),
                new EmergencyContactForm(contact.chosen(), relationship))).ifPresent(saved -> {
                    page.shown(saved);
                    contact.clear();
                    relationship = null;
                    FacadeCall.info("The emergency contact is added.");
                });
    }

    public void removeEmergencyContact(StaffFileView.EmergencyContactView removed) {
        FacadeCall.attempt(() -> staffFiles.removeEmergencyContact(page.getId(), removed.subjectId()))
                .ifPresent(saved -> {
                    page.shown(saved);
                    FacadeCall.info(removed.name() + " is no longer an emergency contact in this file.");
                });
    }

    /** The bank details in full, once HR asked for them; null until then. */
    public BankDetailsView getBankDetails() {
        return bankDetails;
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
