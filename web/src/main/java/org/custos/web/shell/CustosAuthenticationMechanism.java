package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.security.api.Authentication;
import org.custos.security.api.LoginResult;

/**
 * Handles the login form's POST to {@code /login} and remembers the caller in the session. A custom mechanism,
 * not the stock form one: with that, Payara 6 shows EJBs a caller without roles on the first request after
 * login (payara/Payara#4734). Success redirects, so every page is served on a later request.
 */
@ApplicationScoped
@AutoApplySession
public class CustosAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";
    static final String LOGIN_PAGE = "/login.xhtml";

    @EJB
    Authentication authentication;

    @Inject
    HttpsOnly httpsOnly;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> secure = httpsOnly.redirectFor(request);
        if (secure.isPresent()) {
            return redirect(context, secure.get());
        }
        if (isLoginPost(request)) {
            return login(request, context);
        }
        if (context.isProtected()) {
            return redirect(context, request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus redirect(HttpMessageContext context, String location) {
        SecurityHeaders.addTo(context.getRequest(), context.getResponse());
        return context.redirect(location);
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && LOGIN_PATH.equals(request.getServletPath());
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return redirect(context, request.getContextPath() + LOGIN_PAGE + "?failed");
        }
        LoginResult result;
        try {
            result = authentication.login(username, password, request.getParameter("code"), request.getRemoteAddr());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return redirect(context, request.getContextPath() + LOGIN_PAGE + "?unavailable");
            }
            throw e;
        }
        if (result instanceof LoginResult.Accepted accepted) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            SessionStart.record(request.getSession(true), accepted.at());
            DisplayName.record(request.getSession(), accepted.displayName());
            AccountDues.record(request.getSession(), accepted.passwordChangeDue(), accepted.secondFactorDue());
            return context.notifyContainerAboutLogin(accepted.username(),
                    accepted.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        String reason = result instanceof LoginResult.Throttled ? "throttled"
                : result instanceof LoginResult.DirectoryUnavailable ? "directory" : "failed";
        return redirect(context, request.getContextPath() + LOGIN_PAGE + "?" + reason);
    }
}
