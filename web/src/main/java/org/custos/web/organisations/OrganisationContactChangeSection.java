package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;
import org.custos.relationships.api.ContactChangeForm;
import org.custos.relationships.api.MarketingBasisForm;
import org.custos.relationships.api.OrganisationView.ContactView;
import org.custos.relationships.api.OrganisationView.MarketingView;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.file.UploadedFile;

/**
 * Changing one of an organisation's contacts (K1, L2): their role, work details and dates (an end date ends them
 * there), their marketing basis, consent (with its evidence as a document if there is one) or the soft opt-in, and its
 * withdrawal. The contact is chosen among the
 * page's; a change made meanwhile by someone else is refused with what was typed kept.
 */
@Named
@ViewScoped
public class OrganisationContactChangeSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    @Inject
    OrganisationPage page;

    private Long chosenId;
    private ContactView contact;
    private String role;
    private String workEmail;
    private String workPhone;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private MarketingBasis basis;
    private String notice;
    private Long noticeVersion;
    private boolean agreed;
    private ConsentMethod withdrawalMethod;
    private ConsentMethod method;
    private LocalDate givenOn;
    private String similarOffer;
    private boolean optOutOffered;
    private transient UploadedFile evidenceDocument;

    /** The contact chosen, with their details as the page read them, to change. */
    public void choose() {
        contact = getContacts().stream().filter(c -> Long.valueOf(c.contactId()).equals(chosenId)).findFirst()
                .orElse(null);
        if (contact != null) {
            role = contact.role();
            workEmail = contact.workEmail();
            workPhone = contact.workPhone();
            startsOn = contact.startsOn();
            endsOn = contact.endsOn();
        }
    }

    public String save() {
        return page.reloaded(FacadeCall.attempt(() -> organisations.changeContact(page.getId(), contact.contactId(),
                contact.version(), new ContactChangeForm(role, workEmail, workPhone, startsOn, endsOn))),
                "The contact is changed.");
    }

    public String recordBasis() {
        return page.reloaded(FacadeCall.attempt(() -> organisations.recordMarketingBasis(page.getId(),
                contact.contactId(), contact.version(), new MarketingBasisForm(basis, noticeVersion, notice, method,
                        givenOn, agreed ? Boolean.TRUE : null, similarOffer, optOutOffered,
                        DocumentRules.chosen(evidenceDocument)))), "The contact's marketing basis is recorded.");
    }

    public String withdraw() {
        return page.reloaded(FacadeCall.attempt(() -> organisations.withdrawMarketing(page.getId(),
                contact.contactId(), contact.version(), withdrawalMethod)), "The withdrawal of consent or the opt-out is recorded.");
    }

    public UploadedFile getEvidenceDocument() {
        return evidenceDocument;
    }

    public void setEvidenceDocument(UploadedFile evidenceDocument) {
        this.evidenceDocument = evidenceDocument;
    }

    public List<ContactView> getContacts() {
        return page.getOrganisation() == null ? List.of() : page.getOrganisation().contacts();
    }

    public MarketingBasis[] getBases() {
        return MarketingBasis.values();
    }

    public ConsentMethod[] getMethods() {
        return ConsentMethod.values();
    }

    public ContactView getContact() {
        return contact;
    }

    /** The chosen contact's marketing basis as recorded, or null. */
    public MarketingView getMarketing() {
        return contact == null ? null : contact.marketing();
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
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

    public MarketingBasis getBasis() {
        return basis;
    }

    public void setBasis(MarketingBasis basis) {
        this.basis = basis;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    public Long getNoticeVersion() {
        return noticeVersion;
    }

    public void setNoticeVersion(Long noticeVersion) {
        this.noticeVersion = noticeVersion;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public ConsentMethod getWithdrawalMethod() {
        return withdrawalMethod;
    }

    public void setWithdrawalMethod(ConsentMethod withdrawalMethod) {
        this.withdrawalMethod = withdrawalMethod;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public void setMethod(ConsentMethod method) {
        this.method = method;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getSimilarOffer() {
        return similarOffer;
    }

    public void setSimilarOffer(String similarOffer) {
        this.similarOffer = similarOffer;
    }

    public boolean isOptOutOffered() {
        return optOutOffered;
    }

    public void setOptOutOffered(boolean optOutOffered) {
        this.optOutOffered = optOutOffered;
    }
}
