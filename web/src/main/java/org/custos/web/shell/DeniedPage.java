package org.custos.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;

/** The 403 page: records the refused request in the audit trail (X2) and says so plainly. */
@Named
@RequestScoped
public class DeniedPage {

    @EJB
    AuditTrail audit;

    @PostConstruct
    void recordRefusal() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String who = context.getRemoteUser() == null ? "ANONYMOUS" : context.getRemoteUser();
        Object page = context.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        audit.record(new AuditEvent(who, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED,
                page == null ? null : page.toString()));
    }

    public String getMessage() {
        return "You are not allowed to open this page.";
    }
}
