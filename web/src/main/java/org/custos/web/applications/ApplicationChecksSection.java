package org.custos.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SubjectCategory;
import org.custos.recruitment.api.ApprovalGroup;
import org.custos.recruitment.api.ChecksView;
import org.custos.recruitment.api.DeclarationForm;
import org.custos.recruitment.api.PreEmploymentChecks;
import org.custos.recruitment.api.ReferenceForm;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.PersonChoice;

/**
 * The pre-employment checks section, a tab of the application (C2, HR and the DPM): proofs checked, references,
 * and the two declarations behind the approval gate (L4), with a way to ask the DPM when the gate refuses.
 */
@Named
@ViewScoped
public class ApplicationChecksSection implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<SpecialCategory> DECLARATIONS = List.of(SpecialCategory.CRIMINAL_RECORDS,
            SpecialCategory.HEALTH);

    @EJB
    PreEmploymentChecks checks;

    @Inject
    ApplicationDetailPage page;

    @Inject
    CurrentUser currentUser;

    private ChecksView view;
    private ApprovalGroup group;
    private LocalDate checkedOn;
    private final PersonChoice referee = new PersonChoice(SubjectCategory.REFEREE);
    private LocalDate requestedOn;
    private LocalDate receivedOn;
    private SpecialCategory category;
    private Long purposeId;
    private String content;
    private SpecialCategory refused;

    public void load() {
        if (view == null && page.getId() != null && currentUser.isRegisterUser()) {
            FacadeCall.attempt(() -> checks.checks(page.getId())).ifPresent(found -> view = found);
            FacadeCall.attempt(() -> checks.approvalGroup(page.getId())).ifPresent(found -> group = found);
        }
    }

    private void changed(Optional<ChecksView> result, String message) {
        result.ifPresent(changed -> {
            view = changed;
            page.refresh();
            FacadeCall.info(message);
        });
    }

    public void identityChecked() {
        changed(FacadeCall.attempt(() -> checks.identityChecked(page.getId(), view.version(), checkedOn)),
                "The proof of identity is checked.");
    }

    public void qualificationsChecked() {
        changed(FacadeCall.attempt(() -> checks.qualificationsChecked(page.getId(), view.version(), checkedOn)),
                "The proof of qualifications is checked.");
    }

    public void requestReference() {
        Optional<ChecksView> result = referee.save(() -> checks.referenceRequested(page.getId(),
                new ReferenceForm(referee.chosen(), requestedOn)));
        changed(result, "The reference is requested.");
        result.ifPresent(requested -> referee.clear());
    }

    public void referenceReceived(ChecksView.ReferenceView reference) {
        changed(FacadeCall.attempt(() -> checks.referenceReceived(page.getId(), reference.id(), reference.version(),
                receivedOn)), "The reference is received.");
    }

    public void declare() {
        refused = null;
        Optional<ChecksView> result = FacadeCall.attempt(() -> checks.declare(page.getId(),
                new DeclarationForm(category, purposeId, content)), () -> refused = category);
        changed(result, "Recorded: " + (category == null ? "" : category.label()) + ".");
        if (result.isPresent()) {
            content = null;
        }
    }

    public List<SpecialCategory> getDeclarations() {
        return DECLARATIONS;
    }

    public ChecksView getView() {
        return view;
    }

    public ApprovalGroup getGroup() {
        return group;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public PersonChoice getReferee() {
        return referee;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public SpecialCategory getCategory() {
        return category;
    }

    public void setCategory(SpecialCategory category) {
        this.category = category;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public SpecialCategory getRefused() {
        return refused;
    }
}
