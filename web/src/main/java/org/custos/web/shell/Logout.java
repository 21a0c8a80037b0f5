package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;

/** Ends the session (POST only, so that a link elsewhere cannot log anyone out). */
@WebServlet("/logout")
public class Logout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        logOut(request, audit);
        response.sendRedirect(request.getContextPath() + CustosAuthenticationMechanism.LOGIN_PAGE + "?loggedOut");
    }

    /** The caller logs out: audited, and the session ends. */
    static void logOut(HttpServletRequest request, AuditTrail audit) throws ServletException {
        if (request.getUserPrincipal() != null) {
            audit.record(new AuditEvent(request.getUserPrincipal().getName(), AuditAction.LOGOUT,
                    AuditOutcome.SUCCESS, null));
        }
        end(request);
    }

    static void end(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
