package org.custos.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;

/**
 * Refusals by the container: a page or a facade method the caller's roles do not allow. The container refuses a
 * facade call before any of the facade's code runs, so the web, where every call comes from, records them (X2).
 */
final class Refusals {

    /** The most an audit entry's detail holds. */
    private static final int DETAIL = 500;

    private Refusals() {
    }

    /** Whether {@code failure} comes from the container refusing a facade call. */
    static boolean ofFacadeCall(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a facade call the container refused while the page a user opened or posted ran: the entry names the
     * page as well as the refusal, so that the trail says where the user was refused.
     */
    static void recordOnThisPage(String refusal) {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        record(request.getRequestContextPath() + request.getRequestServletPath()
                + (refusal == null || refusal.isBlank() ? "" : ": " + refusal));
    }

    /** Records an ACCESS_DENIED entry for the signed-in user (or ANONYMOUS) about {@code what} was refused. */
    static void record(String what) {
        String who = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        CDI.current().select(AuditTrail.class).get().record(new AuditEvent(who == null ? "ANONYMOUS" : who,
                AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, what == null || what.length() <= DETAIL
                        ? what : what.substring(0, DETAIL - 1) + "…"));
    }
}
