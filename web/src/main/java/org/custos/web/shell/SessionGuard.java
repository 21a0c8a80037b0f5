package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEvent;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.Authentication;

/**
 * Ends a signed-in session on its next request once the account is disabled, its password reset or its roles
 * changed: the administrator's change takes effect at once, not at the next login. While a new password or a
 * second factor is due ({@link AccountDues}), every page leads to the user's own account page.
 */
@WebFilter("/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    Authentication authentication;

    @EJB
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !isResource(request) && !stillValid(request)) {
            audit.record(new AuditEvent(request.getUserPrincipal().getName(), AuditAction.SESSION_ENDED,
                    AuditOutcome.DENIED, "account disabled or changed"));
            Logout.end(request);
            redirect(request, response, request.getContextPath() + CustosAuthenticationMechanism.LOGIN_PAGE
                    + "?ended");
            return;
        }
        if (request.getUserPrincipal() != null && isPage(request) && !AccountDues.PAGE.equals(request.getServletPath())
                && AccountDues.anyDue(request.getSession(false))) {
            redirect(request, response, request.getContextPath() + AccountDues.PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Style sheets and scripts hold no personal data; checking them too would double the database reads. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getServletPath().startsWith("/jakarta.faces.resource/");
    }

    /** Pages, not the logout and login servlets: a user with something due can still log out. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.endsWith(".xhtml") || path.equals("/");
    }

    private boolean stillValid(HttpServletRequest request) {
        LocalDateTime start = SessionStart.of(request.getSession(false));
        return start != null && authentication.sessionStillValid(request.getUserPrincipal().getName(), start);
    }

    /** A JSF Ajax request needs its redirect as a partial response. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"%s\"></redirect></partial-response>", url);
        } else {
            response.sendRedirect(url);
        }
    }
}
