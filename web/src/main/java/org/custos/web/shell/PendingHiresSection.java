package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.custos.staff.api.PendingHireView;
import org.custos.staff.api.StaffFiles;

/**
 * On HR's home page (R2): the hires whose staff file has not opened, each with why not and a button to try again;
 * nothing at all while every hire has its file.
 */
@Named
@RequestScoped
public class PendingHiresSection {

    @EJB
    StaffFiles staffFiles;

    @Inject
    CurrentUser user;

    private List<PendingHireView> pending;

    public List<PendingHireView> getPending() {
        if (pending == null) {
            pending = user.isHr() ? staffFiles.pendingHires() : List.of();
        }
        return pending;
    }

    public String retry(PendingHireView hire) {
        return FacadeCall.attempt(() -> staffFiles.retry(hire.applicationId())).map(opened -> {
            FacadeCall.info("The staff file of " + opened.name() + " is open.");
            return "/staff/file.xhtml?faces-redirect=true&id=" + opened.id();
        }).orElse(null);
    }
}
