package org.custos.web.complaints;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.complaints.api.ComplaintQuery;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.OpenComplaint;
import org.custos.domain.shared.Page;
import org.custos.web.shell.FacadeCall;

/** The open complaints with the days left to acknowledge them, on the handlers' (HR) and the DPM's home pages. */
@Named
@RequestScoped
public class OpenComplaintsSection {

    /** How many the home page shows; the list page has the rest. */
    private static final int SHOWN = 10;

    @EJB
    Complaints complaints;

    private Page<OpenComplaint> open;

    public Page<OpenComplaint> getOpen() {
        if (open == null) {
            open = FacadeCall.attemptToShow(() -> complaints.openComplaints(new ComplaintQuery(0, SHOWN)))
                    .orElse(new Page<>(List.of(), 0));
        }
        return open;
    }
}
