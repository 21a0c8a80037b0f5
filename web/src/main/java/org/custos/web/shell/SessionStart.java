package org.custos.web.shell;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;

/** When the signed-in session began: sessions begun before an account was disabled must end. */
final class SessionStart {

    private static final String ATTRIBUTE = SessionStart.class.getName();

    private SessionStart() {
    }

    static void record(HttpSession session, LocalDateTime at) {
        session.setAttribute(ATTRIBUTE, at);
    }

    static LocalDateTime of(HttpSession session) {
        return session == null ? null : (LocalDateTime) session.getAttribute(ATTRIBUTE);
    }
}
