package org.custos.web.approvals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Role;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.Approvals;
import org.custos.web.shell.FacadeCall;

/**
 * HR asks the DPM's written approval for a line manager (a hiring manager's account) or a finance user to use one
 * member of staff's HR or finance data outside HR (L5); back to the staff file once sent.
 */
@Named
@ViewScoped
public class OutsideHrRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PeopleRegister register;

    @EJB
    Approvals approvals;

    @EJB
    AccountDirectory directory;

    private Long subjectId;
    private Long staffFileId;
    private SubjectDetails person;
    private List<AccountName> users;
    private String userAccount;
    private DataArea area;
    private Long purposeId;
    private String justification;
    private LocalDate wantedUntil;

    public void load() {
        if (users == null) {
            users = directory.holdingAny(EnumSet.of(Role.HIRING_MANAGER, Role.FINANCE));
        }
        if (subjectId != null && person == null) {
            FacadeCall.attempt(() -> register.details(subjectId)).ifPresent(found -> person = found);
        }
    }

    public String send() {
        ApprovalRequestForm form = ApprovalRequestForm.forUseOutsideHr(subjectId, area, userAccount, purposeId,
                justification, wantedUntil);
        return FacadeCall.attempt(() -> approvals.request(form)).map(sent -> {
            FacadeCall.info("Your request was sent to the DPM. Its outcome will show on your home page.");
            return "/staff/file.xhtml?faces-redirect=true&id=" + staffFileId;
        }).orElse(null);
    }

    public DataArea[] getAreas() {
        return DataArea.values();
    }

    /** Who may be named: the active accounts of hiring managers (line managers) and finance users. */
    public List<AccountName> getUsers() {
        return users;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
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

    public String getUserAccount() {
        return userAccount;
    }

    public void setUserAccount(String userAccount) {
        this.userAccount = userAccount;
    }

    public DataArea getArea() {
        return area;
    }

    public void setArea(DataArea area) {
        this.area = area;
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
