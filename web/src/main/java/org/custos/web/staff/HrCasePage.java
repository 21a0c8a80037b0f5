package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.HrCaseNoteKind;
import org.custos.domain.shared.WarningLevel;
import org.custos.security.api.AccountName;
import org.custos.staff.api.HrCaseMeetingForm;
import org.custos.staff.api.HrCaseNoteForm;
import org.custos.staff.api.HrCaseOutcomeForm;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCaseView;
import org.custos.staff.api.HrCases;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * An HR case ({@code staff/case.xhtml?id=N}; R3, X1): its summary, allegations or concerns and investigation notes,
 * meetings, documents and outcome, a warning's level and expiry (the level's period unless HR sets another), its
 * handlers reassigned, and once the warning has expired the details deleted so that only the summary is kept. The
 * health or criminal-records details are the page's own section ({@link HrCaseSensitiveSection}).
 * Someone the case does not name is told why, and shown nothing of it. A refused change keeps what was typed in its
 * form; a change saved shows the case again.
 */
@Named
@ViewScoped
public class HrCasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HrCases hrCases;

    private Long id;
    private HrCaseView hrCase;
    private List<AccountName> handlerChoices;
    private List<String> handlers = new ArrayList<>();
    private HrCaseNoteKind noteKind = HrCaseNoteKind.ALLEGATION;
    private String note;
    private LocalDate heldOn;
    private String attendees;
    private String meetingNotes;
    private transient UploadedFile upload;
    private LocalDate decidedOn;
    private String outcome;
    private WarningLevel warningLevel;
    private LocalDate warningExpiresOn;

    /**
     * Reads the case once per view. The facade's refusal is shown on the page, with nothing of the case: "There is no
     * such HR case." for an id naming none, the reason for a case the caller may not see (the facade audits both,
     * naming the case). A link naming no case leads to the "not allowed" page, recorded naming the page (X2). The
     * outcome's form starts from the outcome recorded, its expiry empty: a level's period applies again unless HR
     * sets a day.
     */
    public String load() {
        if (id == null) {
            return FacadeCall.refusedPage("no HR case named in the link");
        }
        if (hrCase == null) {
            FacadeCall.attempt(() -> hrCases.hrCase(id)).ifPresent(this::shown);
        }
        return null;
    }

    private void shown(HrCaseView found) {
        hrCase = found;
        handlers = new ArrayList<>(found.handlers());
        HrCaseSummary summary = found.summary();
        decidedOn = summary.decidedOn();
        outcome = summary.outcome();
        warningLevel = summary.warningLevel();
    }

    /** A change saved by a section of the page ({@link HrCaseSensitiveSection}): its forms go on from this version. */
    void refreshed(HrCaseView saved) {
        hrCase = saved;
    }

    /** After a change saved: the case shown again with the message; null (the form keeps what was typed) if refused. */
    private String changed(Optional<HrCaseView> result, String message) {
        return result.map(saved -> {
            FacadeCall.info(message);
            return "/staff/case.xhtml?faces-redirect=true&id=" + saved.id();
        }).orElse(null);
    }

    public String addNote() {
        return changed(FacadeCall.attempt(() -> hrCases.addNote(id, hrCase.version(),
                new HrCaseNoteForm(noteKind, note))), "The note is added.");
    }

    public String addMeeting() {
        return changed(FacadeCall.attempt(() -> hrCases.addMeeting(id, hrCase.version(),
                new HrCaseMeetingForm(heldOn, attendees, meetingNotes))), "The meeting is recorded.");
    }

    /** Stores a document; sent with the whole page (a file cannot go by Ajax). */
    public String attach() {
        if (DocumentRules.chosen(upload) == null) {
            FacadeCall.error("Choose a file.");
            return null;
        }
        return changed(FacadeCall.attempt(() -> hrCases.attach(id, hrCase.version(),
                DocumentRules.chosen(upload))), "The document is stored.");
    }

    public StreamedContent download(HrCaseView.DocumentView document) {
        return FacadeCall.attempt(() -> hrCases.document(id, document.id())).map(found ->
                DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    public String decide() {
        return changed(FacadeCall.attempt(() -> hrCases.decide(id, hrCase.version(),
                new HrCaseOutcomeForm(decidedOn, outcome, warningLevel, warningExpiresOn))),
                "The outcome is recorded.");
    }

    public String changeHandlers() {
        return changed(FacadeCall.attempt(() -> hrCases.changeHandlers(id, hrCase.version(), Set.copyOf(handlers))),
                "The case's handlers are changed.");
    }

    public String reduceToSummary() {
        return changed(FacadeCall.attempt(() -> hrCases.reduceToSummary(id, hrCase.version())),
                "Only the summary of the case is kept now: its notes, meetings and documents are deleted.");
    }

    /** The HR accounts the case may name as its handlers. */
    public List<AccountName> getHandlerChoices() {
        if (handlerChoices == null) {
            handlerChoices = FacadeCall.attempt(hrCases::handlerChoices).orElse(List.of());
        }
        return handlerChoices;
    }

    public HrCaseNoteKind[] getNoteKinds() {
        return HrCaseNoteKind.values();
    }

    public WarningLevel[] getWarningLevels() {
        return WarningLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HrCaseView getHrCase() {
        return hrCase;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        this.handlers = handlers;
    }

    public HrCaseNoteKind getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(HrCaseNoteKind noteKind) {
        this.noteKind = noteKind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getMeetingNotes() {
        return meetingNotes;
    }

    public void setMeetingNotes(String meetingNotes) {
        this.meetingNotes = meetingNotes;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public WarningLevel getWarningLevel() {
        return warningLevel;
    }

    public void setWarningLevel(WarningLevel warningLevel) {
        this.warningLevel = warningLevel;
    }

    public LocalDate getWarningExpiresOn() {
        return warningExpiresOn;
    }

    public void setWarningExpiresOn(LocalDate warningExpiresOn) {
        this.warningExpiresOn = warningExpiresOn;
    }
}
