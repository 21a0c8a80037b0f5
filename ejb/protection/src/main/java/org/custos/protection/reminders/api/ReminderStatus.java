package org.custos.protection.reminders.api;

import java.io.Serializable;
import java.time.LocalTime;

/**
 * Whether the daily reminders go: only with a mail session on the server; at what time (London) and from which
 * address (null when the session names none).
 */
public record ReminderStatus(boolean on, LocalTime sentAt, String from) implements Serializable {

    /** What the settings page says, in words. */
    public String text() {
        if (!on) {
            return "Email reminders are off: no mail server is configured for Custos. The deployment guide says how to "
                    + "set one up (CUSTOS_SMTP_HOST).";
        }
        return "Email reminders go every day at " + sentAt + " (London time)" + (from == null ? "" : " from " + from)
                + ", one email to each account with an email address that has something due.";
    }
}
