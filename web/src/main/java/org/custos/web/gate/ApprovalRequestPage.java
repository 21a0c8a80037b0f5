package org.custos.web.gate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.protection.api.PeopleRegister;
import org.custos.protection.api.SubjectDetails;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.Approvals;
import org.custos.web.shell.FacadeCall;

/** Asking the DPM for approval to use a category of data about one person (L4). */
@Named
@ViewScoped
public class ApprovalRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    @EJB
    Approvals approvals;

    private Long subjectId;
    private SubjectDetails person;
    private SpecialCategory category;
    private SpecialCategoryCondition condition;
    private String schedule1Condition;
    private Long purposeId;
    private String justification;
    private LocalDate wantedUntil;

    public void load() {
        if (subjectId == null || person != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(subjectId)).ifPresent(found -> person = found);
    }

    public String send() {
        return FacadeCall.attempt(() -> approvals.request(ApprovalRequestForm.forPerson(subjectId, category,
                condition, schedule1Condition, purposeId, justification, wantedUntil))).map(sent -> {
                    FacadeCall.info("Your request was sent to the DPM. Its outcome will show on your home page.");
                    return "/people/sensitive.xhtml?faces-redirect=true&id=" + subjectId;
                }).orElse(null);
    }

    public SpecialCategory[] getCategories() {
        return SpecialCategory.values();
    }

    public SpecialCategoryCondition[] getConditions() {
        return SpecialCategoryCondition.values();
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public SubjectDetails getPerson() {
        return person;
    }

    public SpecialCategory getCategory() {
        return category;
    }

    public void setCategory(SpecialCategory category) {
        this.category = category;
    }

    public SpecialCategoryCondition getCondition() {
        return condition;
    }

    public void setCondition(SpecialCategoryCondition condition) {
        this.condition = condition;
    }

    public String getSchedule1Condition() {
        return schedule1Condition;
    }

    public void setSchedule1Condition(String schedule1Condition) {
        this.schedule1Condition = schedule1Condition;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public LocalDate getWantedUntil() {
        return wantedUntil;
    }

    public void setWantedUntil(LocalDate wantedUntil) {
        this.wantedUntil = wantedUntil;
    }
}
