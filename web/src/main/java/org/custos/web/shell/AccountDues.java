package org.custos.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;

/**
 * What a signed-in user must do before anything else, kept in the session from the login on: choose a new
 * password after the administrator set one, and set up a second factor when their roles need one. Until then every
 * page leads to {@link #PAGE}.
 */
public final class AccountDues {

    /** The page where the user does what is due: their own account. */
    public static final String PAGE = "/account/own.xhtml";

    private static final String PASSWORD = AccountDues.class.getName() + ".password";
    private static final String SECOND_FACTOR = AccountDues.class.getName() + ".secondFactor";

    private AccountDues() {
    }

    static void record(HttpSession session, boolean passwordChangeDue, boolean secondFactorDue) {
        session.setAttribute(PASSWORD, passwordChangeDue);
        session.setAttribute(SECOND_FACTOR, secondFactorDue);
    }

    static boolean anyDue(HttpSession session) {
        return session != null && (Boolean.TRUE.equals(session.getAttribute(PASSWORD))
                || Boolean.TRUE.equals(session.getAttribute(SECOND_FACTOR)));
    }

    /** The user chose a new password: their session goes on from {@code at}, their other sessions end. */
    public static void passwordChanged(HttpServletRequest request, LocalDateTime at) {
        HttpSession session = request.getSession();
        SessionStart.record(session, at);
        session.setAttribute(PASSWORD, false);
    }

    public static void secondFactorSetUp(HttpServletRequest request) {
        request.getSession().setAttribute(SECOND_FACTOR, false);
    }
}
