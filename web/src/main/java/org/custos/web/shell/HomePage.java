package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.Page;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.recruitment.api.ApplicationQuery;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.Applications;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.ApprovalQuery;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;

/**
 * The home page as worklists, each the first few rows of a query paged in SQL with how many there are in all:
 * for a hiring manager, the new applicants to review in their campaigns; for whoever asks for approvals, the ones
 * they wait for, and their requests with outcomes; for the DPM, the rights requests due this week (with a chart),
 * the requests for approval waiting for a decision, the approvals ending soon (L4) and how many account changes
 * wait for their confirmation (X6). The open breaches are {@link OpenBreachesSection}'s.
 */
@Named
@RequestScoped
public class HomePage {

    /** How many rows each worklist shows; the rest is on the list its link opens. */
    static final int SHOWN = 5;

    @EJB
    Approvals approvals;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    Applications applications;

    @EJB
    RightsRequests requests;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    CurrentUser user;

    private Page<ApprovalView> pending;
    private Page<ApprovalView> waiting;
    private Page<ApplicationSummary> toReview;
    private RequestsDueThisWeek dueThisWeek;
    private List<ApprovalView> ending;
    private final LazyPages<ApprovalView> mine = new LazyPages<>(
            (first, pageSize, sort) -> approvals.mine(new ApprovalQuery(null, first, pageSize)),
            approval -> Long.toString(approval.id()));
    private Long mineCount;
    private Integer accountChangesWaiting;

    /** The requests for approval waiting for the DPM's decision. */
    public Page<ApprovalView> getPending() {
        if (pending == null) {
            pending = user.isDpm() ? approvals.search(new ApprovalQuery(ApprovalStatus.PENDING, 0, SHOWN)) : none();
        }
        return pending;
    }

    /** The caller's own requests for approval still waiting for a decision. */
    public Page<ApprovalView> getWaiting() {
        if (waiting == null) {
            waiting = user.isRegisterUser() ? approvals.mine(new ApprovalQuery(ApprovalStatus.PENDING, 0, SHOWN))
                    : none();
        }
        return waiting;
    }

    /** A hiring manager's new applicants, in the campaigns they are named on (the facade keeps to those). */
    public Page<ApplicationSummary> getToReview() {
        if (toReview == null) {
            toReview = user.isHiringManager() ? applications.search(new ApplicationQuery(0, SHOWN, null,
                    ApplicationStatus.RECEIVED, null)) : none();
        }
        return toReview;
    }

    public List<RequestSummary> getDueThisWeek() {
        List<RequestSummary> due = dueThisWeek().due();
        return due.subList(0, Math.min(SHOWN, due.size()));
    }

    public int getDueThisWeekCount() {
        return dueThisWeek().due().size();
    }

    public long getOverdueCount() {
        return dueThisWeek().overdue();
    }

    /** The last day of this week, by which the requests counted are due. */
    public LocalDate getEndOfWeek() {
        return dueThisWeek().sunday();
    }

    /** The Chart.js configuration of the requests due on each day left this week. */
    public String getDueChart() {
        return dueThisWeek().chart();
    }

    private RequestsDueThisWeek dueThisWeek() {
        if (dueThisWeek == null) {
            dueThisWeek = new RequestsDueThisWeek(user.isDpm() ? requests.open() : List.of(), calendar.today());
        }
        return dueThisWeek;
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

    /** The caller's own requests for approval with their outcomes, newest first, paged in SQL. */
    public LazyPages<ApprovalView> getMine() {
        return mine;
    }

    /** How many requests for approval the caller has made: their table shows only when there are some. */
    public long getMineCount() {
        if (mineCount == null) {
            mineCount = user.isRegisterUser() ? approvals.mine(new ApprovalQuery(null, 0, 1)).total() : 0L;
        }
        return mineCount;
    }

    private static <T> Page<T> none() {
        return new Page<>(List.of(), 0);
    }
}
