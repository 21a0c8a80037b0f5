package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.security.api.DocumentUpload;
import org.custos.staff.api.ClearanceForm;
import org.custos.staff.api.ConflictForm;
import org.custos.staff.api.ConflictReviewForm;
import org.custos.staff.api.RightToWorkForm;
import org.custos.staff.api.StaffChecks;
import org.custos.staff.api.StaffChecksView;
import org.custos.staff.api.StaffDocumentView;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * The checks and documents tab of a staff file (T1), HR's: right-to-work checks with the copies of the documents
 * checked and the re-check date, conflict-of-interest declarations and their review, security clearances, contracts
 * and other documents, each downloaded as the audit trail records. A refusal keeps every form as it was typed, and
 * the copies already sent stay chosen, listed, until the check is recorded or they are removed.
 */
@Named
@ViewScoped
public class StaffChecksSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffChecks staffChecks;

    @Inject
    StaffFilePage page;

    private StaffChecksView checks;

    private LocalDate checkedOn;
    private String checkedBy;
    private RightToWorkPermission permission;
    private LocalDate expiresOn;
    private transient UploadedFiles newCopies;
    private final List<Copy> copies = new ArrayList<>();

    private LocalDate declaredOn;
    private String declared;
    private Long declarationId;
    private String reviewedBy;
    private LocalDate reviewedOn;
    private String outcome;

    private String level;
    private String vettingBody;
    private LocalDate grantedOn;
    private LocalDate clearanceExpiresOn;

    private StaffDocumentKind documentKind;
    private transient UploadedFile document;

    /** A copy sent with a check not recorded yet, kept for the next try. */
    public record Copy(String fileName, byte[] content) implements Serializable {

        DocumentUpload upload() {
            return new DocumentUpload(fileName, content);
        }
    }

    /** The file's checks and documents, read once per view and after each change. */
    public StaffChecksView getChecks() {
        if (checks == null) {
            FacadeCall.attemptToShow(() -> staffChecks.checks(page.getId())).ifPresent(read -> checks = read);
        }
        return checks;
    }

    public void recordRightToWork() {
        if (newCopies != null) {
            newCopies.getFiles().stream().map(DocumentRules::chosen).filter(Objects::nonNull)
                    .forEach(file -> copies.add(new Copy(file.fileName(), file.content())));
            newCopies = null;
        }
        if (changed(() -> staffChecks.recordRightToWork(page.getId(), new RightToWorkForm(checkedOn, checkedBy,
                permission, expiresOn, copies.stream().map(Copy::upload).toList())),
                "The right-to-work check is recorded.")) {
            checkedOn = null;
            checkedBy = null;
            permission = null;
            expiresOn = null;
            copies.clear();
        }
    }

    public void removeCopy(Copy copy) {
        copies.remove(copy);
    }

    public void declareConflict() {
        if (changed(() -> staffChecks.declareConflict(page.getId(), new ConflictForm(declaredOn, declared)),
                "The declaration is recorded.")) {
            declaredOn = null;
            declared = null;
        }
    }

    public void reviewConflict() {
        Optional<StaffChecksView.ConflictView> reviewed = getUnreviewed().stream()
                .filter(conflict -> Long.valueOf(conflict.id()).equals(declarationId)).findFirst();
        if (reviewed.isEmpty()) {
            FacadeCall.error("Choose the declaration reviewed.");
            return;
        }
        if (changed(() -> staffChecks.reviewConflict(page.getId(), declarationId, reviewed.get().version(),
                new ConflictReviewForm(reviewedBy, reviewedOn, outcome)), "The review is recorded.")) {
            declarationId = null;
            reviewedBy = null;
            reviewedOn = null;
            outcome = null;
        }
    }

    public void recordClearance() {
        if (changed(() -> staffChecks.recordClearance(page.getId(), new ClearanceForm(level, vettingBody, grantedOn,
                clearanceExpiresOn)), "The clearance is recorded.")) {
            level = null;
            vettingBody = null;
            grantedOn = null;
            clearanceExpiresOn = null;
        }
    }

    public void attach() {
        if (DocumentRules.chosen(document) == null) {
            FacadeCall.error("Choose a file.");
            return;
        }
        if (changed(() -> staffChecks.attach(page.getId(), documentKind, DocumentRules.chosen(document)),
                "The document is stored.")) {
            documentKind = null;
        }
        document = null;
    }

    /** A document or right-to-work copy, downloaded (the audit trail records it). */
    public StreamedContent download(StaffDocumentView shown) {
        return FacadeCall.attempt(() -> staffChecks.document(page.getId(), shown.id())).map(found ->
                DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    /** The declarations not reviewed yet, which the review form offers. */
    public List<StaffChecksView.ConflictView> getUnreviewed() {
        return getChecks() == null ? List.of() : checks.conflicts().stream()
                .filter(conflict -> conflict.reviewedOn() == null).toList();
    }

    private boolean changed(Supplier<StaffChecksView> call, String message) {
        Optional<StaffChecksView> saved = FacadeCall.attempt(call);
        saved.ifPresent(view -> {
            checks = view;
            FacadeCall.info(message);
        });
        return saved.isPresent();
    }

    public RightToWorkPermission[] getPermissions() {
        return RightToWorkPermission.values();
    }

    /** What a document attached on its own may be: right-to-work copies come with their check. */
    public List<StaffDocumentKind> getDocumentKinds() {
        return List.of(StaffDocumentKind.CONTRACT, StaffDocumentKind.OTHER);
    }

    public List<Copy> getCopies() {
        return copies;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public void setCheckedBy(String checkedBy) {
        this.checkedBy = checkedBy;
    }

    public RightToWorkPermission getPermission() {
        return permission;
    }

    public void setPermission(RightToWorkPermission permission) {
        this.permission = permission;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public UploadedFiles getNewCopies() {
        return newCopies;
    }

    public void setNewCopies(UploadedFiles newCopies) {
        this.newCopies = newCopies;
    }

    public LocalDate getDeclaredOn() {
        return declaredOn;
    }

    public void setDeclaredOn(LocalDate declaredOn) {
        this.declaredOn = declaredOn;
    }

    public String getDeclared() {
        return declared;
    }

    public void setDeclared(String declared) {
        this.declared = declared;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public void setDeclarationId(Long declarationId) {
        this.declarationId = declarationId;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getVettingBody() {
        return vettingBody;
    }

    public void setVettingBody(String vettingBody) {
        this.vettingBody = vettingBody;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public void setGrantedOn(LocalDate grantedOn) {
        this.grantedOn = grantedOn;
    }

    public LocalDate getClearanceExpiresOn() {
        return clearanceExpiresOn;
    }

    public void setClearanceExpiresOn(LocalDate clearanceExpiresOn) {
        this.clearanceExpiresOn = clearanceExpiresOn;
    }

    public StaffDocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(StaffDocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
