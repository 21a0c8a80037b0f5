package org.custos.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ConditionEvidenceForm;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The evidence of a processor's conditions (X4): the form recording, or replacing, the evidence of one condition,
 * who checked it offered as the user, and a condition's evidence withdrawn (the page asks first): the condition is
 * unmet again, and the message names each version the facade sent back to the DPM because its approval relied on it.
 * Both under the processor's optimistic lock.
 */
@Named
@ViewScoped
public class ProcessorConditionsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Processors processors;

    @Inject
    ProcessorSection section;

    @Inject
    CurrentUser user;

    private ProcessorCondition condition;
    private String evidence;
    private LocalDate checkedOn;
    private String checkedBy;

    @PostConstruct
    void checkedByTheUser() {
        checkedBy = user.getDisplayName();
    }

    public String record() {
        return section.reloaded(FacadeCall.attempt(() -> processors.recordEvidence(
                section.getProcessor().organisationId(), section.getProcessor().version(),
                new ConditionEvidenceForm(condition, evidence, checkedOn, checkedBy))),
                "The evidence is recorded.", null);
    }

    public String withdraw(ProcessorCondition withdrawn) {
        ProcessorView before = section.getProcessor();
        Optional<ProcessorView> after = FacadeCall.attempt(() -> processors.withdrawEvidence(before.organisationId(),
                before.version(), withdrawn));
        return section.reloaded(after, after.map(view -> "The evidence is withdrawn: the condition is no longer met."
                + backToTheDpm(before, view)).orElse(null), null);
    }

    /** Says which versions approved before the facade sent back to the DPM, if any. */
    private static String backToTheDpm(ProcessorView before, ProcessorView after) {
        Set<Long> approved = before.agreements().stream().filter(agreement -> agreement.state()
                == AgreementState.APPROVED).map(AgreementView::id).collect(Collectors.toSet());
        return after.agreements().stream().filter(agreement -> approved.contains(agreement.id())
                && agreement.state() == AgreementState.AWAITING_DPM).map(agreement -> " Version "
                        + agreement.number() + " goes back to the DPM, who approved it while the condition was met.")
                .collect(Collectors.joining());
    }

    public ProcessorCondition[] getConditions() {
        return ProcessorCondition.values();
    }

    public ProcessorCondition getCondition() {
        return condition;
    }

    public void setCondition(ProcessorCondition condition) {
        this.condition = condition;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
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
}
