package org.custos.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.AssessmentType;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.DocumentKind;
import org.custos.protection.letters.api.LetterFile;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.AssessmentForm;
import org.custos.recruitment.api.Assessments;
import org.custos.recruitment.api.DocumentView;
import org.custos.recruitment.api.Rejection;
import org.custos.recruitment.api.TalentPoolConsentForm;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * An application: its status and the moves the caller may make, rejection with the talent-pool consent and the
 * rejection letter, withdrawal,
 * the privacy notice (N2), hiring and HR's leave for the hiring managers to change it after, documents, assessments and the timeline. Checks and the offer are the page's
 * sections ({@link ApplicationChecksSection}, {@link ApplicationOfferSection}).
 */
@Named
@ViewScoped
public class ApplicationDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The documents' tab, the second. */
    private static final int DOCUMENTS_TAB = 1;

    @EJB
    Applications applications;

    @EJB
    Assessments assessments;

    private Long id;
    private ApplicationView application;
    private String note;
    private String rejectionReason;
    private boolean reasonMayBeTold;
    private boolean consentGiven;
    private String consentNotice;
    private Long consentNoticeVersion;
    private ConsentMethod withdrawalMethod;
    private ConsentMethod consentMethod;
    private LocalDate consentGivenOn;
    private String withdrawalReason;
    private LocalDate noticeGivenOn;
    private LocalDate startsOn;
    private transient UploadedFile upload;
    private transient UploadedFile consentDocument;
    private DocumentKind documentKind = DocumentKind.CV;
    private AssessmentType assessmentType;
    private LocalDate heldOn;
    private String assessor;
    private String assessmentNotes;
    private Integer score;
    private int tab;

    public void load() {
        if (id != null && application == null) {
            refresh();
        }
    }

    /** Reads the application again, after a change made elsewhere on the page. */
    void refresh() {
        FacadeCall.attempt(() -> applications.application(id)).ifPresent(found -> application = found);
    }

    /** After a change of status, the whole page shows the application again (every tab depends on it). */
    private String reloaded(Optional<ApplicationView> result, String message) {
        return changed(result, message) ? "/applications/detail.xhtml?faces-redirect=true&id=" + id : null;
    }

    /** Shows the changed application with the message; false when the facade refused (its message shown). */
    private boolean changed(Optional<ApplicationView> result, String message) {
        result.ifPresent(changed -> {
            application = changed;
            FacadeCall.info(message);
        });
        return result.isPresent();
    }

    public String move(ApplicationStatus to) {
        return reloaded(FacadeCall.attempt(() -> applications.move(id, application.version(), to, note)),
                "The application " + to.stateNow() + ".");
    }

    public String reject() {
        TalentPoolConsentForm consent = consentGiven
                ? new TalentPoolConsentForm(consentNoticeVersion, consentNotice, consentMethod, consentGivenOn, true,
                        DocumentRules.chosen(consentDocument))
                : null;
        return reloaded(FacadeCall.attempt(() -> applications.reject(id, application.version(),
                new Rejection(rejectionReason, reasonMayBeTold, consent))), "The application is rejected.");
    }

    public String withdraw() {
        return reloaded(FacadeCall.attempt(() -> applications.withdraw(id, application.version(), withdrawalReason)),
                "The application is withdrawn.");
    }

    public String noticeGiven() {
        return reloaded(FacadeCall.attempt(() -> applications.noticeGiven(id, application.version(), noticeGivenOn)),
                "The notice is recorded as given.");
    }

    public String hire() {
        return reloaded(FacadeCall.attempt(() -> applications.hire(id, application.version(), startsOn)),
                "Hired: the application is part of the staff file now.");
    }

    public String letManagersChange() {
        return reloaded(FacadeCall.attempt(() -> applications.letManagersChange(id, application.version())),
                "The hiring managers may now change this application.");
    }

    public String withdrawManagersLeave() {
        return reloaded(FacadeCall.attempt(() -> applications.withdrawManagersLeave(id, application.version())),
                "The hiring managers may no longer change this application.");
    }

    public String withdrawConsent() {
        return reloaded(FacadeCall.attempt(() -> applications.withdrawTalentPoolConsent(id, application.version(),
                withdrawalMethod)),
                "The talent-pool consent is withdrawn; the extension has ended.");
    }

    /** Stores a document; sent with the whole page, which comes back on the documents' tab, refused or not. */
    public void attach() {
        tab = DOCUMENTS_TAB;
        if (DocumentRules.chosen(upload) == null) {
            FacadeCall.error("Choose a file.");
            return;
        }
        if (changed(FacadeCall.attempt(() -> applications.attach(id, documentKind,
                DocumentRules.chosen(upload))), "The document is stored.")) {
            upload = null;
        }
    }

    /** The applicant's rejection letter, PDF to send or DOCX to edit first (the audit trail records it). */
    public StreamedContent rejectionLetter(LetterFile.Format format) {
        return FacadeCall.attempt(() -> applications.rejectionLetter(id, format)).map(letter ->
                DefaultStreamedContent.builder().name(letter.fileName()).contentType(letter.mediaType())
                        .stream(() -> new ByteArrayInputStream(letter.content())).build()).orElse(null);
    }

    public StreamedContent download(DocumentView document) {
        return FacadeCall.attempt(() -> applications.document(id, document.id())).map(found ->
                DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    public void recordAssessment() {
        if (changed(FacadeCall.attempt(() -> assessments.record(id, new AssessmentForm(assessmentType, heldOn,
                assessor, assessmentNotes, score))), "The assessment is recorded.")) {
            assessmentNotes = null;
            score = null;
        }
    }

    /** The forward move offered as a button (the ends have their own forms). */
    public boolean isForward(ApplicationStatus to) {
        return to != ApplicationStatus.REJECTED && to != ApplicationStatus.WITHDRAWN && to != ApplicationStatus.HIRED;
    }

    public boolean can(String status) {
        return application != null && application.nextSteps().contains(ApplicationStatus.valueOf(status));
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    public AssessmentType[] getAssessmentTypes() {
        return AssessmentType.values();
    }

    public ConsentMethod[] getConsentMethods() {
        return ConsentMethod.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationView getApplication() {
        return application;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public boolean isReasonMayBeTold() {
        return reasonMayBeTold;
    }

    public void setReasonMayBeTold(boolean reasonMayBeTold) {
        this.reasonMayBeTold = reasonMayBeTold;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public String getConsentNotice() {
        return consentNotice;
    }

    public void setConsentNotice(String consentNotice) {
        this.consentNotice = consentNotice;
    }

    public Long getConsentNoticeVersion() {
        return consentNoticeVersion;
    }

    public void setConsentNoticeVersion(Long consentNoticeVersion) {
        this.consentNoticeVersion = consentNoticeVersion;
    }

    public ConsentMethod getWithdrawalMethod() {
        return withdrawalMethod;
    }

    public void setWithdrawalMethod(ConsentMethod withdrawalMethod) {
        this.withdrawalMethod = withdrawalMethod;
    }

    public ConsentMethod getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(ConsentMethod consentMethod) {
        this.consentMethod = consentMethod;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    public void setNoticeGivenOn(LocalDate noticeGivenOn) {
        this.noticeGivenOn = noticeGivenOn;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public UploadedFile getConsentDocument() {
        return consentDocument;
    }

    public void setConsentDocument(UploadedFile consentDocument) {
        this.consentDocument = consentDocument;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public AssessmentType getAssessmentType() {
        return assessmentType;
    }

    public void setAssessmentType(AssessmentType assessmentType) {
        this.assessmentType = assessmentType;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public String getAssessmentNotes() {
        return assessmentNotes;
    }

    public void setAssessmentNotes(String assessmentNotes) {
        this.assessmentNotes = assessmentNotes;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    /** The tab shown when the whole page is drawn again. */
    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }
}
