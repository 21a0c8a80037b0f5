package org.custos.protection.reminders.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.custos.domain.shared.ClientScope;
import org.custos.protection.breaches.api.BreachDeadlines;
import org.custos.protection.reminders.api.DeadlineFeed;
import org.custos.protection.reminders.api.OpenDeadline;
import org.custos.protection.rights.api.OpenRequestDeadlines;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@ValidatedArguments
@RolesAllowed(ClientScope.Names.CALENDAR)
public class DefaultDeadlineFeed implements DeadlineFeed {

    @Inject
    @ConfigProperty(name = "custos.base.url", defaultValue = "http://127.0.0.1:8080/custos")
    String baseUrl;

    @Inject
    Clock clock;

    @Inject
    OpenRequestDeadlines requests;

    @Inject
    BreachDeadlines breaches;

    @Override
    @Audited(value = AuditAction.SEARCH, record = "Deadline")
    public List<OpenDeadline> open() {
        List<OpenRequestDeadlines.RequestDeadline> running = requests.running();
        Stream<OpenDeadline> due = running.stream().filter(request -> request.due() != null)
                .map(request -> new OpenDeadline("request-" + request.requestId() + "-due@custos",
                        "Rights request " + request.requestId() + " (" + request.type().label().toLowerCase()
                                + ") is due", request.due(), null,
                        link(ReminderDigests.Kind.REQUEST_DUE, request.requestId())));
        Stream<OpenDeadline> notices = running.stream().filter(request -> request.extensionNoticeBy() != null)
                .map(request -> new OpenDeadline("request-" + request.requestId() + "-extension@custos",
                        "Tell the person who made request " + request.requestId() + " of its extension",
                        request.extensionNoticeBy(), null,
                        link(ReminderDigests.Kind.EXTENSION_NOTICE, request.requestId())));
        Stream<OpenDeadline> reports = breaches.running().stream()
                .map(breach -> new OpenDeadline("breach-" + breach.breachId() + "-report@custos",
                        "Report breach " + breach.breachId() + " to the ICO, or record the decision not to",
                        LocalDateTime.ofInstant(breach.reportBy(), clock.getZone()).toLocalDate(), breach.reportBy(),
                        link(ReminderDigests.Kind.BREACH_REPORT, breach.breachId())));
        return Stream.of(due, notices, reports).flatMap(deadlines -> deadlines)
                .sorted(Comparator.comparing(OpenDeadline::day).thenComparing(OpenDeadline::uid)).toList();
    }

    private String link(ReminderDigests.Kind kind, long recordId) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + kind.page(recordId);
    }
}
