package org.custos.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.staff.api.RetentionDatesView;
import org.custos.staff.api.StaffChecks;
import org.custos.staff.api.StaffFileView;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * Once a leaving date is recorded, HR sees until when each record group of the file is kept (R3), each by its own
 * period as the settings hold it; read once per view (the audit trail records it), and not at all before.
 */
@Named
@ViewScoped
public class StaffRetentionSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffChecks staffChecks;

    @Inject
    StaffFilePage page;

    @Inject
    CurrentUser user;

    private RetentionDatesView dates;

    /** The dates for HR once the person has left; null otherwise. */
    public RetentionDatesView getDates() {
        StaffFileView file = page.getFile();
        if (dates == null && file != null && file.leaver() && user.isHr()) {
            FacadeCall.attemptToShow(() -> staffChecks.retentionDates(file.id())).ifPresent(read -> dates = read);
        }
        return dates;
    }
}
