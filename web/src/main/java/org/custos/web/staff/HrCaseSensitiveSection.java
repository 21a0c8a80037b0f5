package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.domain.shared.SpecialCategory;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.CategoryAccess;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.SensitiveData;
import org.custos.staff.api.HrCaseSensitiveDetails;
import org.custos.staff.api.HrCaseSensitiveForm;
import org.custos.staff.api.HrCaseSensitiveView;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The health details of a capability case and the criminal-records details of a disciplinary case on the case's
 * page (L4, X3): only through the security context's approval gate, as the absence tab's health details. Without the
 * DPM's approval in force for the person's data of the case's category the section says so and links to the request
 * for approval; with one, the handler shows the details (each reading audited) and records one; a refusal keeps what
 * was typed.
 */
@Named
@ViewScoped
public class HrCaseSensitiveSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    HrCaseSensitiveDetails sensitiveDetails;

    @EJB
    SensitiveData sensitiveData;

    @Inject
    HrCasePage page;

    private CategoryAccess access;
    private List<HrCaseSensitiveView> details;
    private HrCaseSensitiveKind kind;
    private Long purposeId;
    private String text;
    private transient UploadedFile document;

    /** The category the case's details are: health for capability, criminal records for a disciplinary case. */
    public SpecialCategory getCategory() {
        return page.getHrCase().summary().kind().sensitiveCategory().orElse(null);
    }

    /** The approvals in force and the requests waiting for the DPM about the person's data of that category. */
    public CategoryAccess getAccess() {
        if (access == null) {
            access = FacadeCall.attemptToShow(() -> sensitiveData.access(page.getHrCase().summary().subjectId(),
                    Set.of())).orElse(List.of()).stream().filter(found -> found.category() == getCategory())
                    .findFirst().orElse(new CategoryAccess(getCategory(), List.of(), List.of()));
        }
        return access;
    }

    /** The purposes the approvals in force cover: the only ones a detail can be recorded for. */
    public List<Long> getApprovedPurposes() {
        return getAccess().inForce().stream().map(ApprovalView::purposeId).distinct().toList();
    }

    /** Shows the case's details, as far as the approval gate lets the caller read them. */
    public void show() {
        details = FacadeCall.attempt(() -> sensitiveDetails.details(page.getId()), this::approvalEnded).orElse(null);
        if (purposeId == null && getApprovedPurposes().size() == 1) {
            purposeId = getApprovedPurposes().get(0);
        }
    }

    public void record() {
        DocumentUpload upload = DocumentRules.chosen(document);
        HrCaseSensitiveKind recorded = kind;
        FacadeCall.attempt(() -> sensitiveDetails.record(page.getId(), page.getHrCase().version(),
                new HrCaseSensitiveForm(kind, purposeId, text, upload)), this::approvalEnded).ifPresent(saved -> {
                    FacadeCall.info("Recorded for the case: " + recorded.label().toLowerCase(Locale.UK) + ".");
                    page.refreshed(saved);
                    kind = null;
                    text = null;
                    document = null;
                    show();
                });
    }

    /** The detail's document, or nothing (with a message) when the gate refused it. */
    public StreamedContent download(HrCaseSensitiveView detail) {
        return FacadeCall.attempt(() -> sensitiveDetails.document(detail.caseId(), detail.id()), this::approvalEnded)
                .map(found -> DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    /** The gate refused: the approval ended meanwhile, so the section reads what is in force again and says so. */
    private void approvalEnded() {
        access = null;
        details = null;
    }

    /** The kinds of detail of the case's category. */
    public List<HrCaseSensitiveKind> getKinds() {
        return Arrays.stream(HrCaseSensitiveKind.values()).filter(candidate -> candidate.category() == getCategory())
                .toList();
    }

    /** The case's details the gate let through; null until shown, or when it refused. */
    public List<HrCaseSensitiveView> getDetails() {
        return details;
    }

    public HrCaseSensitiveKind getKind() {
        return kind;
    }

    public void setKind(HrCaseSensitiveKind kind) {
        this.kind = kind;
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
