package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.LawfulBasis;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The person's consents on the consent ledger (L2) on their register page, for HR and the DPM: the history, newest
 * first, each evidence document downloaded (the audit trail records it), a consent recorded with its evidence as a
 * document if there is one (the "they said yes" box starts unticked: never pre-ticked; a document of a type not
 * accepted is refused in the facade's words), and a withdrawal, one action with how and the day, which stops the
 * purpose for them from that day.
 */
@Named
@ViewScoped
public class PersonConsentsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Consents consents;

    @EJB
    Purposes purposes;

    @Inject
    PersonDetailPage page;

    @Inject
    CurrentUser currentUser;

    private List<ConsentView> history = List.of();
    private List<PurposeView> consentPurposes = List.of();
    private Long purposeId;
    private Long noticeVersionId;
    private String wording;
    private ConsentMethod method;
    private LocalDate givenOn;
    private String evidenceNote;
    private boolean agreed;
    private transient UploadedFile evidenceDocument;
    private Long withdrawnId;
    private ConsentMethod withdrawalMethod;
    private LocalDate withdrawnOn;

    public void load() {
        if (page.getId() != null && (currentUser.isHr() || currentUser.isDpm())) {
            history = FacadeCall.attempt(() -> consents.history(page.getId())).orElse(List.of());
            consentPurposes = FacadeCall.attempt(() -> purposes.purposes()).orElse(List.of()).stream()
                    .filter(purpose -> purpose.definition().lawfulBasis() == LawfulBasis.CONSENT).toList();
        }
    }

    public void record() {
        FacadeCall.attempt(() -> consents.record(new ConsentForm(page.getId(), purposeId, noticeVersionId, wording,
                method, givenOn, evidenceNote, DocumentRules.chosen(evidenceDocument), agreed ? Boolean.TRUE : null)))
                .ifPresent(recorded -> {
                    purposeId = null;
                    noticeVersionId = null;
                    wording = null;
                    method = null;
                    givenOn = null;
                    evidenceNote = null;
                    agreed = false;
                    evidenceDocument = null;
                    load();
                    FacadeCall.info("The consent is recorded.");
                });
    }

    public void withdraw() {
        ConsentView consent = history.stream().filter(c -> c.id() == (withdrawnId == null ? -1 : withdrawnId))
                .findFirst().orElse(null);
        if (consent == null) {
            FacadeCall.error("Choose the consent that was withdrawn.");
            return;
        }
        FacadeCall.attempt(() -> consents.withdraw(consent.id(), consent.version(), new WithdrawalForm(
                withdrawalMethod, withdrawnOn))).ifPresent(withdrawn -> {
                    withdrawnId = null;
                    withdrawalMethod = null;
                    withdrawnOn = null;
                    load();
                    FacadeCall.info("The consent is withdrawn: " + withdrawn.purposeName()
                            + " stops for this person from that day.");
                });
    }

    /** The consent's evidence document, to download (the facade audits it as an export). */
    public StreamedContent evidence(ConsentView consent) {
        return FacadeCall.attempt(() -> consents.evidence(consent.id())).map(found -> DefaultStreamedContent
                .builder().name(found.fileName()).contentType(found.mediaType())
                .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    public UploadedFile getEvidenceDocument() {
        return evidenceDocument;
    }

    public void setEvidenceDocument(UploadedFile evidenceDocument) {
        this.evidenceDocument = evidenceDocument;
    }

    public List<ConsentView> getHistory() {
        return history;
    }

    public List<PurposeView> getConsentPurposes() {
        return consentPurposes;
    }

    public ConsentMethod[] getMethods() {
        return ConsentMethod.values();
    }

    /** The consents still in force, which a withdrawal may name. */
    public List<ConsentView> getInForce() {
        return history.stream().filter(ConsentView::inForce).toList();
    }

    public Long getWithdrawnId() {
        return withdrawnId;
    }

    public void setWithdrawnId(Long withdrawnId) {
        this.withdrawnId = withdrawnId;
    }

    public ConsentMethod getWithdrawalMethod() {
        return withdrawalMethod;
    }

    public void setWithdrawalMethod(ConsentMethod withdrawalMethod) {
        this.withdrawalMethod = withdrawalMethod;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public Long getNoticeVersionId() {
        return noticeVersionId;
    }

    public void setNoticeVersionId(Long noticeVersionId) {
        this.noticeVersionId = noticeVersionId;
    }

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
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

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }
}
