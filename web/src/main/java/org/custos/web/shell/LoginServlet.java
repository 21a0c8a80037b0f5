package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custos.security.api.AuditTrail;

/**
 * Where the login form posts; the mechanism has signed the caller in by the time this runs. A login posted while
 * the session already has another caller is not checked by the mechanism ({@code @AutoApplySession} restores the
 * session's caller): that caller is logged out, never carried on under the name typed.
 */
@WebServlet(CustosAuthenticationMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String typed = request.getParameter("username");
        String caller = request.getRemoteUser();
        if (caller != null && (typed == null || !typed.trim().equalsIgnoreCase(caller))) {
            Logout.logOut(request, audit);
            response.sendRedirect(request.getContextPath() + CustosAuthenticationMechanism.LOGIN_PAGE + "?switched");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + CustosAuthenticationMechanism.LOGIN_PAGE);
    }
}
