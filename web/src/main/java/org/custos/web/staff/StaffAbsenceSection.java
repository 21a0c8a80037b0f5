package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.SicknessReason;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.CategoryAccess;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.SensitiveData;
import org.custos.staff.api.AbsenceForm;
import org.custos.staff.api.AbsenceHealthForm;
import org.custos.staff.api.AbsenceHealthView;
import org.custos.staff.api.AbsenceView;
import org.custos.staff.api.Absences;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The absence tab of a staff file (T1, L4): the periods of sickness absence, which HR sees and records without an
 * approval, HR's form to record one or to put one right or end it, and the health details of a period (the reason,
 * fit notes, return-to-work notes, occupational-health reports), which only the security context's approval gate
 * lets through. Without the DPM's approval in force for the person's health data the tab says so and links to the
 * request for approval ({@code approvals/request.xhtml}, which comes back to the file); a refusal keeps what was
 * typed.
 */
@Named
@ViewScoped
public class StaffAbsenceSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Absences absences;

    @EJB
    SensitiveData sensitiveData;

    @Inject
    StaffFilePage page;

    private List<AbsenceView> periods;
    private CategoryAccess healthAccess;
    private Long changingId;
    private long changingVersion;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private boolean fitNoteGiven;
    private AbsenceView chosen;
    private List<AbsenceHealthView> details;
    private AbsenceHealthKind kind;
    private SicknessReason reason;
    private Long purposeId;
    private String text;
    private transient UploadedFile document;

    /** The file's periods, latest first, read once per view and again after a change. */
    public List<AbsenceView> getPeriods() {
        if (periods == null) {
            periods = FacadeCall.attemptToShow(() -> absences.onFile(page.getId())).orElse(List.of());
        }
        return periods;
    }

    /** The approvals in force and the requests waiting for the DPM about the person's health data, for the caller. */
    public CategoryAccess getHealthAccess() {
        if (healthAccess == null) {
            healthAccess = FacadeCall.attemptToShow(() -> sensitiveData.access(page.getFile().subjectId(), Set.of()))
                    .orElse(List.of()).stream().filter(access -> access.category() == SpecialCategory.HEALTH)
                    .findFirst().orElse(new CategoryAccess(SpecialCategory.HEALTH, List.of(), List.of()));
        }
        return healthAccess;
    }

    /** The purposes the approvals in force cover: the only ones a health detail can be recorded for. */
    public List<Long> getApprovedPurposes() {
        return getHealthAccess().inForce().stream().map(ApprovalView::purposeId).distinct().toList();
    }

    public void savePeriod() {
        AbsenceForm form = new AbsenceForm(page.getId(), firstDay, lastDay, fitNoteGiven);
        boolean recording = changingId == null;
        FacadeCall.attempt(() -> recording ? absences.record(form) : absences.change(changingId, changingVersion,
                form)).ifPresent(saved -> {
                    FacadeCall.info("The absence from " + OrganisationTime.DAY.format(saved.firstDay()) + " is "
                            + (recording ? "recorded." : "changed."));
                    clearPeriod();
                    periods = null;
                    if (chosen != null && chosen.id() == saved.id()) {
                        chosen = saved;
                    }
                });
    }

    /** Fills the form with the period, to put it right or end it. */
    public void change(AbsenceView period) {
        changingId = period.id();
        changingVersion = period.version();
        firstDay = period.firstDay();
        lastDay = period.lastDay();
        fitNoteGiven = period.fitNoteGiven();
    }

    public void clearPeriod() {
        changingId = null;
        firstDay = null;
        lastDay = null;
        fitNoteGiven = false;
    }

    /** Shows the period's health details, as far as the approval gate lets the caller read them. */
    public void showHealth(AbsenceView period) {
        chosen = period;
        details = FacadeCall.attempt(() -> absences.health(period.id()), this::approvalEnded).orElse(null);
        if (purposeId == null && getApprovedPurposes().size() == 1) {
            purposeId = getApprovedPurposes().get(0);
        }
    }

    public void recordHealth() {
        DocumentUpload upload = DocumentRules.chosen(document);
        AbsenceHealthKind recorded = kind;
        FacadeCall.attempt(() -> absences.recordHealth(chosen.id(), new AbsenceHealthForm(kind, reason, purposeId,
                text, upload)), this::approvalEnded).ifPresent(saved -> {
                    FacadeCall.info("Recorded for the absence from " + OrganisationTime.DAY.format(saved.firstDay())
                            + ": " + recorded.label().toLowerCase(Locale.UK) + ".");
                    kind = null;
                    reason = null;
                    text = null;
                    document = null;
                    periods = null;
                    showHealth(saved);
                });
    }

    /** The detail's document, or nothing (with a message) when the gate refused it. */
    public StreamedContent download(AbsenceHealthView detail) {
        return FacadeCall.attempt(() -> absences.document(detail.absenceId(), detail.id()), this::approvalEnded)
                .map(found -> DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    /** The gate refused: the approval ended meanwhile, so the tab reads what is in force again and says so. */
    private void approvalEnded() {
        healthAccess = null;
        details = null;
    }

    public AbsenceHealthKind[] getKinds() {
        return AbsenceHealthKind.values();
    }

    public SicknessReason[] getReasons() {
        return SicknessReason.values();
    }

    /** Whether the form changes a period rather than recording a new one. */
    public boolean isChanging() {
        return changingId != null;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public boolean isFitNoteGiven() {
        return fitNoteGiven;
    }

    public void setFitNoteGiven(boolean fitNoteGiven) {
        this.fitNoteGiven = fitNoteGiven;
    }

    /** The period whose health details are shown; null until one is chosen. */
    public AbsenceView getChosen() {
        return chosen;
    }

    /** The chosen period's health details the gate let through; null when it refused or none is chosen. */
    public List<AbsenceHealthView> getDetails() {
        return details;
    }

    public AbsenceHealthKind getKind() {
        return kind;
    }

    public void setKind(AbsenceHealthKind kind) {
        this.kind = kind;
    }

    public SicknessReason getReason() {
        return reason;
    }

    public void setReason(SicknessReason reason) {
        this.reason = reason;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
