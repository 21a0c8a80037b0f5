package org.custos.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;

/**
 * The audit entry of a request refused before it reached a facade (invalid fields, a body too large or not JSON, a
 * scope the token lacks): as the client, with the request and the status. A facade's own refusals are in its call's
 * entry already.
 */
@RequestScoped
public class RefusedCalls {

    static final String ANONYMOUS = "ANONYMOUS";

    /** Within the audit entry's detail (500), with room for the reason. */
    private static final int CALL_LENGTH = 200;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    void record(int status) {
        String caller = request.getUserPrincipal() == null ? ANONYMOUS : request.getUserPrincipal().getName();
        audit.record(new AuditEvent(caller, AuditAction.API_CALL_REFUSED, AuditOutcome.DENIED,
                detail("answered " + status, request.getMethod() + " " + request.getRequestURI())));
    }

    static String detail(String reason, String call) {
        return reason + ": " + (call.length() <= CALL_LENGTH ? call : call.substring(0, CALL_LENGTH));
    }
}
