package org.custos.web.approvals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.Approvals;
import org.custos.web.shell.FacadeCall;

/**
 * Asking the DPM for approval to use a category of data (L4) about one person, or about every member of a group a
 * context forms (e.g. a campaign's conditional offers, shown under the label the server gives its key); the page of
 * that context (an application, a staff file) can be the way back. The approval is for the requester and the
 * colleagues they name.
 */
@Named
@ViewScoped
public class ApprovalRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    @EJB
    Approvals approvals;

    @EJB
    AccountDirectory directory;

    private Long subjectId;
    private String groupKey;
    private String groupLabel;
    private List<AccountName> colleagues;
    private String[] alsoUsedBy = {};
    private Long applicationId;
    private Long staffFileId;
    private SubjectDetails person;
    private SpecialCategory category;
    private SpecialCategoryCondition condition;
    private String schedule1Condition;
    private Long purposeId;
    private String justification;
    private LocalDate wantedUntil;

    public void load() {
        if (colleagues == null) {
            colleagues = directory.holdingAny(Role.workingOnRecords());
        }
        if (isForGroup() && groupLabel == null) {
            FacadeCall.attempt(() -> approvals.groupLabel(groupKey)).ifPresent(found -> groupLabel = found);
        }
        if (subjectId == null || person != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(subjectId)).ifPresent(found -> person = found);
    }

    public String send() {
        ApprovalRequestForm form = (isForGroup()
                ? ApprovalRequestForm.forGroup(groupKey, category, condition, schedule1Condition, purposeId,
                        justification, wantedUntil)
                : ApprovalRequestForm.forPerson(subjectId, category, condition, schedule1Condition, purposeId,
                        justification, wantedUntil)).usableAlsoBy(Set.of(alsoUsedBy));
        return FacadeCall.attempt(() -> approvals.request(form)).map(sent -> {
            FacadeCall.info("Your request was sent to the DPM. Its outcome will show on your home page.");
            return wayBack();
        }).orElse(null);
    }

    /** The page the request was asked from: the application's, the staff file's, or the person's sensitive data. */
    private String wayBack() {
        if (applicationId != null) {
            return "/applications/detail.xhtml?faces-redirect=true&id=" + applicationId;
        }
        return staffFileId != null ? "/staff/file.xhtml?faces-redirect=true&id=" + staffFileId
                : "/people/sensitive.xhtml?faces-redirect=true&id=" + subjectId;
    }

    public boolean isForGroup() {
        return subjectId == null && groupKey != null && !groupKey.isBlank();
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

    public String getGroupKey() {
        return groupKey;
    }

    public void setGroupKey(String groupKey) {
        this.groupKey = groupKey;
    }

    /** The group's label as the server knows it from its key; null when there is no such group. */
    public String getGroupLabel() {
        return groupLabel;
    }

    /** Who else may be named to use the approval: the active accounts working on records. */
    public List<AccountName> getColleagues() {
        return colleagues;
    }

    public String[] getAlsoUsedBy() {
        return alsoUsedBy.clone();
    }

    public void setAlsoUsedBy(String[] alsoUsedBy) {
        this.alsoUsedBy = alsoUsedBy == null ? new String[0] : alsoUsedBy.clone();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public Long getStaffFileId() {
        return staffFileId;
    }

    public void setStaffFileId(Long staffFileId) {
        this.staffFileId = staffFileId;
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
