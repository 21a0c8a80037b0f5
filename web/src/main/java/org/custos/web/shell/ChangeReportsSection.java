package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.staff.api.ChangeReportView;
import org.custos.staff.api.ChangeReports;
import org.custos.staff.api.DeclineForm;

/**
 * On HR's home page (A1): the changes members of staff reported to their own records, each applied through the
 * rectification of the record holding it (D5) or declined with a reason the member of staff reads; nothing at all
 * while none waits.
 */
@Named
@RequestScoped
public class ChangeReportsSection {

    @EJB
    ChangeReports changeReports;

    @Inject
    CurrentUser user;

    private List<ChangeReportView> waiting;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<ChangeReportView> getWaiting() {
        if (waiting == null) {
            waiting = user.isHr() ? changeReports.waiting() : List.of();
        }
        return waiting;
    }

    public String apply(ChangeReportView report) {
        return FacadeCall.attempt(() -> changeReports.apply(report.id(), report.version())).map(applied -> {
            FacadeCall.info("The change to " + applied.field() + " of " + applied.name() + " is applied.");
            return "/index.xhtml?faces-redirect=true";
        }).orElse(null);
    }

    public String decline(ChangeReportView report) {
        return FacadeCall.attempt(() -> changeReports.decline(report.id(), report.version(),
                new DeclineForm(reasons.get(report.id())))).map(declined -> {
                    FacadeCall.info("The change to " + declined.field() + " of " + declined.name() + " is declined.");
                    return "/index.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    /** The reasons typed to decline, by report. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
