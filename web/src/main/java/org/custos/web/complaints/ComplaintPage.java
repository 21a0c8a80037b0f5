package org.custos.web.complaints;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.custos.complaints.api.AnonymityLossForm;
import org.custos.complaints.api.ComplaintDocumentView;
import org.custos.complaints.api.ComplaintLetter;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.NoteForm;
import org.custos.complaints.api.OutcomeForm;
import org.custos.security.api.AccountName;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A complaint's file ({@code complaints/complaint.xhtml?id=N}; P1, X1): its details and people, the investigation's
 * steps with the form adding one, the acknowledgement, the outcome that closes it, anonymity that cannot be kept,
 * the DPM's change of handlers, the two letters as PDFs, and its documents: listed, each downloaded, one attached while
 * the complaint is open (sent with the whole page, as a file cannot go by Ajax; a refused type shows the facade's
 * words and the page stays as it was). Someone not named on it sees a plain refusal; the DPM is
 * offered emergency access with a typed reason, whose dialog stays open with its message when refused. A refused form
 * keeps what was typed; a change saved shows the file again.
 */
@Named
@ViewScoped
public class ComplaintPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Complaints complaints;

    @Inject
    CurrentUser user;

    private Long id;
    private ComplaintView complaint;
    private boolean refused;
    private String breakGlassReason;
    private LocalDate notedOn;
    private String stepText;
    private LocalDate acknowledgedOn;
    private String outcome;
    private LocalDate outcomeOn;
    private String anonymityReason;
    private LocalDate complainantToldOn;
    private List<String> handlers = new ArrayList<>();
    private List<AccountName> possibleHandlers;
    private List<ComplaintDocumentView> documents;
    private transient UploadedFile upload;

    /** Opens the file once per view; a refusal is shown on the page, with break-glass offered to the DPM. */
    public void load() {
        if (complaint == null && id != null && !refused) {
            FacadeCall.attempt(() -> complaints.complaint(id), () -> refused = true).ifPresent(this::shown);
        }
    }

    private void shown(ComplaintView found) {
        complaint = found;
        refused = false;
        handlers = new ArrayList<>(found.handlers());
    }

    /** The DPM's emergency access with the typed reason; refused, the dialog stays open with its message. */
    public String breakGlass() {
        return FacadeCall.attempt(() -> complaints.breakGlass(id, breakGlassReason)).map(opened -> {
            FacadeCall.info("Emergency access: the file is open to you for the rest of today. The audit trail"
                    + " records it with your reason.");
            return reshown();
        }).orElse(null);
    }

    public String addStep() {
        return changed(() -> complaints.addStep(id, new NoteForm(notedOn, stepText)), "The step is added.");
    }

    public String acknowledge() {
        return changed(() -> complaints.acknowledge(id, complaint.version(), acknowledgedOn),
                "The acknowledgement is recorded.");
    }

    public String close() {
        return changed(() -> complaints.close(id, complaint.version(), new OutcomeForm(outcome, outcomeOn)),
                "The outcome is recorded and the complaint is closed.");
    }

    public String anonymityCannotBeKept() {
        return changed(() -> complaints.anonymityCannotBeKept(id, complaint.version(),
                new AnonymityLossForm(anonymityReason, complainantToldOn)),
                "It is recorded that the complainant's anonymity cannot be kept.");
    }

    public String changeHandlers() {
        return FacadeCall.attempt(() -> complaints.changeHandlers(id, complaint.version(), Set.copyOf(handlers)))
                .map(saved -> {
                    FacadeCall.info("The complaint's handlers are changed.");
                    return reshown();
                }).orElse(null);
    }

    public StreamedContent getAcknowledgementLetter() {
        return letter(() -> complaints.acknowledgementLetter(id));
    }

    public StreamedContent getOutcomeLetter() {
        return letter(() -> complaints.outcomeLetter(id));
    }

    private static StreamedContent letter(Supplier<ComplaintLetter> call) {
        return FacadeCall.attempt(call).map(letter -> file(letter.fileName(), letter.mediaType(), letter.content()))
                .orElse(null);
    }

    /** The complaint's documents, oldest first (the facade audits the reading), read once per view. */
    public List<ComplaintDocumentView> getDocuments() {
        if (documents == null && complaint != null) {
            documents = FacadeCall.attemptToShow(() -> complaints.documents(id)).orElse(List.of());
        }
        return documents;
    }

    /** Attaches the chosen file; refused (no file, a type not accepted, a closed complaint), the page stays. */
    public String attach() {
        if (DocumentRules.chosen(upload) == null) {
            FacadeCall.error("Choose a file.");
            return null;
        }
        return changed(() -> complaints.attach(id, DocumentRules.chosen(upload)),
                "The document is stored.");
    }

    public StreamedContent download(ComplaintDocumentView document) {
        return FacadeCall.attempt(() -> complaints.document(id, document.id()))
                .map(found -> file(found.fileName(), found.mediaType(), found.content())).orElse(null);
    }

    private static StreamedContent file(String name, String mediaType, byte[] content) {
        return DefaultStreamedContent.builder().name(name).contentType(mediaType)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** After a change saved: the file shown again with the message; null (the form keeps what was typed) if refused. */
    private String changed(Supplier<?> call, String message) {
        Optional<?> saved = FacadeCall.attempt(call);
        return saved.map(view -> {
            FacadeCall.info(message);
            return reshown();
        }).orElse(null);
    }

    private String reshown() {
        return "/complaints/complaint.xhtml?faces-redirect=true&id=" + id;
    }

    /** Break-glass is offered to the DPM when the file was refused to them. */
    public boolean isBreakGlassOffered() {
        return refused && user.isDpm();
    }

    public List<AccountName> getPossibleHandlers() {
        if (possibleHandlers == null) {
            possibleHandlers = FacadeCall.attemptToShow(complaints::possibleHandlers).orElse(List.of());
        }
        return possibleHandlers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String breakGlassReason) {
        this.breakGlassReason = breakGlassReason;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public String getStepText() {
        return stepText;
    }

    public void setStepText(String stepText) {
        this.stepText = stepText;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public void setAcknowledgedOn(LocalDate acknowledgedOn) {
        this.acknowledgedOn = acknowledgedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getAnonymityReason() {
        return anonymityReason;
    }

    public void setAnonymityReason(String anonymityReason) {
        this.anonymityReason = anonymityReason;
    }

    public LocalDate getComplainantToldOn() {
        return complainantToldOn;
    }

    public void setComplainantToldOn(LocalDate complainantToldOn) {
        this.complainantToldOn = complainantToldOn;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        this.handlers = handlers;
    }
}
