package org.custos.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.custos.domain.shared.Role;

/** Who is signed in and which parts of the menu they see (the server checks again on every call). */
@Named
@RequestScoped
public class CurrentUser {

    private FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    public String getName() {
        return faces().getExternalContext().getRemoteUser();
    }

    /** The name the account shows, as "Signed in as" says it. */
    public String getDisplayName() {
        String shown = DisplayName.of((HttpSession) faces().getExternalContext().getSession(false));
        return shown == null || shown.isBlank() ? getName() : shown;
    }

    public boolean isSignedIn() {
        return getName() != null;
    }

    private boolean has(String role) {
        return faces().getExternalContext().isUserInRole(role);
    }

    public boolean isAdmin() {
        return has(Role.Names.ADMIN);
    }

    public boolean isDpm() {
        return has(Role.Names.DPM);
    }

    public boolean isHr() {
        return has(Role.Names.HR);
    }

    public boolean isHiringManager() {
        return has(Role.Names.HIRING_MANAGER);
    }

    /** A hiring manager (a line manager) or a finance user: staff data only with the DPM's approval (L5). */
    public boolean isOutsideHr() {
        return has(Role.Names.HIRING_MANAGER) || has(Role.Names.FINANCE);
    }

    public boolean isRecruiter() {
        return isRegisterUser() || has(Role.Names.HIRING_MANAGER);
    }

    /** A member of staff, who sees their own record only. */
    public boolean isStaff() {
        return has(Role.Names.STAFF);
    }

    public boolean isRegisterUser() {
        return has(Role.Names.HR) || has(Role.Names.DPM);
    }
}
