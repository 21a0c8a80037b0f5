package org.custos.web.approvals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.security.api.ApprovalQuery;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.web.shell.LazyPages;

/** The DPM's list of requests for approval, newest first, filtered by status. */
@Named
@ViewScoped
public class ApprovalListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Approvals approvals;

    private ApprovalStatus status = ApprovalStatus.PENDING;

    private final LazyPages<ApprovalView> rows = new LazyPages<>(
            (first, pageSize, sort) -> approvals.search(new ApprovalQuery(status, first, pageSize)),
            approval -> Long.toString(approval.id()));

    public LazyPages<ApprovalView> getRows() {
        return rows;
    }

    public ApprovalStatus[] getStatuses() {
        return ApprovalStatus.values();
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public void setStatus(ApprovalStatus status) {
        this.status = status;
    }
}
