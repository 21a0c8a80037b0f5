package org.custos.web.shell;

import jakarta.servlet.http.HttpSession;

/** The name the signed-in account shows ("Signed in as"), kept in the session from the login on. */
final class DisplayName {

    private static final String ATTRIBUTE = DisplayName.class.getName();

    private DisplayName() {
    }

    static void record(HttpSession session, String displayName) {
        session.setAttribute(ATTRIBUTE, displayName);
    }

    static String of(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }
}
