package org.custos.web.purposes;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.HighRiskIndicator;
import org.custos.protection.dpia.api.DpiaDocumentView;
import org.custos.protection.dpia.api.DpiaView;
import org.custos.protection.dpia.api.DpiaWorkForm;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.dpia.api.ScreeningForm;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The DPIA of one purpose ({@code purposes/dpia.xhtml?id=N}, the DPM's; ADR 0015 decision 5): the screening questions
 * grouped by where they come from, the outcome in words, the progress and measures, the assessment document (sent
 * with the whole page, as a file cannot go by Ajax), the sign-off and the review date. Each change is saved on its own
 * with the version read; a refusal keeps what was typed.
 */
@Named
@ViewScoped
public class DpiaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Dpias dpias;

    private Long id;
    private DpiaView dpia;
    private final Map<String, Boolean> yes = new LinkedHashMap<>();
    private boolean requiredAnyway;
    private String reason;
    private DpiaProgress progress;
    private String measures;
    private LocalDate reviewDate;
    private transient UploadedFile upload;

    /** Reads the DPIA once per view. */
    public void load() {
        if (dpia == null && id != null) {
            FacadeCall.attempt(() -> dpias.dpia(id)).ifPresent(this::shown);
        }
    }

    private void shown(DpiaView view) {
        dpia = view;
        yes.clear();
        for (HighRiskIndicator indicator : HighRiskIndicator.values()) {
            yes.put(indicator.name(), view.yes().contains(indicator));
        }
        requiredAnyway = view.requiredByDpm();
        reason = view.dpmReason();
        progress = view.signedOff() ? DpiaProgress.AWAITING_SIGN_OFF : view.progress();
        measures = view.measures();
        reviewDate = view.reviewDate();
    }

    public void screen() {
        Set<HighRiskIndicator> answered = EnumSet.noneOf(HighRiskIndicator.class);
        yes.forEach((name, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                answered.add(HighRiskIndicator.valueOf(name));
            }
        });
        changed(() -> dpias.screen(id, new ScreeningForm(dpia.version(), answered, requiredAnyway, reason)),
                "The screening is saved.");
    }

    public void work() {
        changed(() -> dpias.work(id, new DpiaWorkForm(dpia.version(), progress, measures)),
                "The progress and the measures are saved.");
    }

    public void attach() {
        if (DocumentRules.chosen(upload) == null) {
            FacadeCall.error("Choose a file.");
            return;
        }
        changed(() -> dpias.attach(id, dpia.version(), DocumentRules.chosen(upload)),
                "The assessment document is stored.");
    }

    public void signOff() {
        changed(() -> dpias.signOff(id, dpia.version(), reviewDate), "The DPIA is signed off.");
    }

    public void changeReviewDate() {
        changed(() -> dpias.reviewBy(id, dpia.version(), reviewDate), "The review date is changed.");
    }

    public StreamedContent download(DpiaDocumentView document) {
        return FacadeCall.attempt(() -> dpias.document(id, document.id()))
                .map(found -> DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build())
                .orElse(null);
    }

    private void changed(Supplier<DpiaView> call, String message) {
        Optional<DpiaView> saved = FacadeCall.attempt(call);
        saved.ifPresent(view -> {
            shown(view);
            FacadeCall.info(message);
        });
    }

    /** The groups of screening questions, in the order the page asks them. */
    public List<HighRiskIndicator.Source> getSources() {
        return Arrays.asList(HighRiskIndicator.Source.values());
    }

    public List<HighRiskIndicator> indicatorsOf(HighRiskIndicator.Source source) {
        return Arrays.stream(HighRiskIndicator.values()).filter(indicator -> indicator.source() == source).toList();
    }

    /** The progress the DPM may choose: signing off is its own action. */
    public List<DpiaProgress> getProgresses() {
        return Arrays.stream(DpiaProgress.values()).filter(value -> value != DpiaProgress.SIGNED_OFF).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DpiaView getDpia() {
        return dpia;
    }

    public Map<String, Boolean> getYes() {
        return yes;
    }

    public boolean isRequiredAnyway() {
        return requiredAnyway;
    }

    public void setRequiredAnyway(boolean requiredAnyway) {
        this.requiredAnyway = requiredAnyway;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DpiaProgress getProgress() {
        return progress;
    }

    public void setProgress(DpiaProgress progress) {
        this.progress = progress;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
