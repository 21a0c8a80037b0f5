package org.custos.web.approvals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LocalDateConverter;

/** One request for approval, and the DPM's decision on it: approve until a date, reject, or revoke (L4). */
@Named
@ViewScoped
public class ApprovalDecisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Approvals approvals;

    private Long id;
    private ApprovalView approval;
    private LocalDate until;
    private String note;
    private String reason;

    public void load() {
        if (id == null || approval != null) {
            return;
        }
        FacadeCall.attempt(() -> approvals.approval(id)).ifPresent(found -> {
            approval = found;
            until = found.wantedUntil();
        });
    }

    public String approve() {
        return decided(() -> approvals.approve(id, approval.version(), until, note),
                "Approved until " + LocalDateConverter.shown(until) + ".");
    }

    public String reject() {
        return decided(() -> approvals.reject(id, approval.version(), reason), "Rejected.");
    }

    public String revoke() {
        return decided(() -> approvals.revoke(id, approval.version(), reason), "Revoked: it covers nothing now.");
    }

    private String decided(Supplier<ApprovalView> decision, String message) {
        return FacadeCall.attempt(decision).map(done -> {
            FacadeCall.info(message);
            return "/approvals/decide.xhtml?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApprovalView getApproval() {
        return approval;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
