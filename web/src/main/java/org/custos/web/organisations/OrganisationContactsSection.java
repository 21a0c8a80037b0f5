package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationKind;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactSource;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.PersonChoice;

/**
 * The contacts of an organisation's page (K1, S1): the form adding a person found in the register, or someone new
 * whom the facade registers with the contact in the category of the contact's kind, with where their details came
 * from (N2: no choice made for the user) and, from the person themselves, how they were given the privacy notice.
 */
@Named
@ViewScoped
public class OrganisationContactsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    @Inject
    OrganisationPage page;

    private OrganisationKind kind;
    private final PersonChoice person = new PersonChoice(null);
    private String role;
    private String workEmail;
    private String workPhone;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private ContactSource source;
    private NoticeMethod noticeGiven;

    public String add() {
        if (kind != null) {
            person.setCategory(kind.contactCategory());
        }
        return page.reloaded(person.save(() -> organisations.addContact(page.getId(), new ContactForm(person.chosen(),
                kind, role, workEmail, workPhone, startsOn, endsOn, source, noticeGiven))), "The contact is added.");
    }

    /** The kinds of contact the organisation has, as it is recorded. */
    public OrganisationKind[] getKinds() {
        return page.getOrganisation() == null ? new OrganisationKind[0]
                : page.getOrganisation().kinds().stream().sorted().toArray(OrganisationKind[]::new);
    }

    public ContactSource[] getSources() {
        return ContactSource.values();
    }

    public NoticeMethod[] getNoticeMethods() {
        return NoticeMethod.values();
    }

    public ContactSource getSource() {
        return source;
    }

    public void setSource(ContactSource source) {
        this.source = source;
    }

    public NoticeMethod getNoticeGiven() {
        return noticeGiven;
    }

    public void setNoticeGiven(NoticeMethod noticeGiven) {
        this.noticeGiven = noticeGiven;
    }

    public PersonChoice getPerson() {
        return person;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getWorkEmail() {
        return workEmail;
    }

    public void setWorkEmail(String workEmail) {
        this.workEmail = workEmail;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
