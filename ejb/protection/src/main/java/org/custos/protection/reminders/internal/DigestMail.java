package org.custos.protection.reminders.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.reminders.internal.ReminderDigests.Digest;
import org.custos.protection.reminders.internal.ReminderDigests.Kind;
import org.custos.protection.reminders.internal.ReminderDigests.Reminder;

/**
 * A digest as the email its addressee reads: plain text, the items grouped by kind, each with the link to its page
 * ({@code baseUrl}, the application's address, {@code custos.base.url}).
 */
record DigestMail(String subject, String body) {

    static DigestMail of(Digest digest, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        int count = digest.reminders().size();
        String subject = "Custos: " + count + (count == 1 ? " reminder" : " reminders") + " for "
                + OrganisationTime.DAY.format(digest.day());
        Map<Kind, List<Reminder>> byKind = new TreeMap<>(digest.reminders().stream()
                .collect(Collectors.groupingBy(Reminder::kind)));
        StringBuilder body = new StringBuilder("Dear ").append(digest.to().displayName()).append(",\n\n")
                .append("This is what is due in Custos, as of ").append(OrganisationTime.DAY.format(digest.day()))
                .append(".\n");
        byKind.forEach((kind, reminders) -> {
            body.append('\n').append(kind.heading()).append('\n');
            for (Reminder reminder : reminders) {
                body.append("- ").append(reminder.text()).append("\n  ").append(base)
                        .append(kind.page(reminder.recordId())).append('\n');
            }
        });
        body.append("\nYou get this email because your Custos account has this address. The Data Protection Manager "
                + "sets which reminders are sent and how far ahead, on the settings page.\n");
        return new DigestMail(subject, body.toString());
    }
}
