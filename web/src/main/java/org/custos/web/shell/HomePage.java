package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.ApprovalQuery;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;

/**
 * The home page: for the DPM, the requests waiting for a decision, the approvals ending soon (L4) and how many
 * account changes wait for their confirmation (X6); for everyone who asks, their own requests and outcomes.
 */
@Named
@RequestScoped
public class HomePage {

    private static final int PENDING_SHOWN = 50;

    @EJB
    Approvals approvals;

    @EJB
    AccountConfirmations confirmations;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    CurrentUser user;

    private List<ApprovalView> pending;
    private List<ApprovalView> ending;
    private List<ApprovalView> mine;
    private Integer accountChangesWaiting;

    public List<ApprovalView> getPending() {
        if (pending == null) {
            pending = user.isDpm() ? approvals.search(new ApprovalQuery(ApprovalStatus.PENDING, 0, PENDING_SHOWN))
                    .rows() : List.of();
        }
        return pending;
    }

    public List<ApprovalView> getEnding() {
        if (ending == null) {
            ending = user.isDpm() ? approvals.endingBy(calendar.approvalsEndingBy()) : List.of();
        }
        return ending;
    }

    public int getAccountChangesWaiting() {
        if (accountChangesWaiting == null) {
            accountChangesWaiting = user.isDpm() ? confirmations.waiting().size() : 0;
        }
        return accountChangesWaiting;
    }

    public List<ApprovalView> getMine() {
        if (mine == null) {
            mine = user.isRegisterUser() ? approvals.mine() : List.of();
        }
        return mine;
    }
}
