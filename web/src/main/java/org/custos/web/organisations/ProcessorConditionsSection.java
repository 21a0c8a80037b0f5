package org.custos.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.relationships.api.ConditionEvidenceForm;
import org.custos.relationships.api.Processors;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The evidence of a processor's conditions (X4): the form recording, or replacing, the evidence of one condition,
 * who checked it offered as the user; under the processor's optimistic lock.
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
