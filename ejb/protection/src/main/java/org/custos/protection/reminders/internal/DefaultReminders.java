package org.custos.protection.reminders.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import org.custos.domain.shared.Role;
import org.custos.protection.reminders.api.ReminderStatus;
import org.custos.protection.reminders.api.Reminders;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.ADMIN})
public class DefaultReminders implements Reminders {

    @Inject
    MailSessions mail;

    @Inject
    DailyReminders daily;

    @Override
    @AuditExempt("reads no personal data: whether the server has a mail session, and when reminders go")
    public ReminderStatus status() {
        return mail.session().map(session -> new ReminderStatus(true, daily.sentAt(), from(session)))
                .orElseGet(() -> new ReminderStatus(false, daily.sentAt(), null));
    }

    private static String from(Session session) {
        String from = session.getProperty("mail.from");
        return from == null || from.isBlank() ? null : from;
    }
}
