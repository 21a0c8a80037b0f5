package org.custos.protection.reminders.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.breaches.api.BreachDeadlines.BreachDeadline;
import org.custos.protection.calendar.api.ReminderLeadTimes;
import org.custos.protection.rights.api.OpenRequestDeadlines.RequestDeadline;
import org.custos.security.api.ReminderDirectory.Addressee;
import org.custos.security.api.ReminderDirectory.EndingApproval;

/**
 * Who is reminded of what today, one digest per account. The DPM deals with rights requests (due within the lead
 * time, and every overdue one, D2), extension notices still to send (D2) and breaches whose 72-hour report deadline
 * comes within the lead time or has passed (X5); the account that asked for an approval hears that it is ending
 * (L4). A lead time of zero turns its kind off. "Today" and "now" are London's ({@code clock}'s zone).
 */
final class ReminderDigests {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The kinds of reminder, in the order a digest lists them, with the page each item links to. */
    enum Kind {
        REQUEST_DUE("Rights requests", "requests/detail.xhtml?id="),
        EXTENSION_NOTICE("Extension notices to send", "requests/detail.xhtml?id="),
        BREACH_REPORT("Breaches to report to the ICO", "breaches/edit.xhtml?id="),
        APPROVAL_ENDING("Approvals ending", "approvals/list.xhtml");

        private final String heading;
        private final String page;

        Kind(String heading, String page) {
            this.heading = heading;
            this.page = page;
        }

        String heading() {
            return heading;
        }

        /** The page of the record, relative to the application's address. */
        String page(long recordId) {
            return page.endsWith("=") ? page + recordId : page;
        }
    }

    /** One item of a digest, in words. */
    record Reminder(Kind kind, long recordId, String text) {
    }

    /** One account's email of the day. */
    record Digest(Addressee to, LocalDate day, List<Reminder> reminders) {
    }

    /** What is due, and the accounts that deal with it. */
    record Sources(List<RequestDeadline> requests, List<BreachDeadline> breaches, List<EndingApproval> approvals,
            List<Addressee> dpms, List<Addressee> requesters) {
    }

    private final ReminderLeadTimes leads;
    private final Instant now;
    private final Clock clock;
    private final LocalDate today;

    ReminderDigests(ReminderLeadTimes leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
        this.now = clock.instant();
        this.today = LocalDate.now(clock);
    }

    /** The last day an ending approval is looked for; empty when those reminders are off. */
    Optional<LocalDate> approvalsEndingBy() {
        return leads.approvalsEnding().isZero() ? Optional.empty() : Optional.of(today.plus(leads.approvalsEnding()));
    }

    List<Digest> digests(Sources sources) {
        List<Reminder> forDpm = Stream.of(requestsDue(sources.requests()), extensionNotices(sources.requests()),
                breachReports(sources.breaches())).flatMap(List::stream).toList();
        Map<String, Addressee> addressees = new LinkedHashMap<>();
        Map<String, List<Reminder>> reminders = new LinkedHashMap<>();
        for (Addressee dpm : sources.dpms()) {
            add(addressees, reminders, dpm, forDpm);
        }
        Map<String, Addressee> requesters = new LinkedHashMap<>();
        sources.requesters().forEach(requester -> requesters.put(requester.username(), requester));
        for (EndingApproval approval : approvalsEnding(sources.approvals())) {
            Addressee requester = requesters.get(approval.requestedBy());
            if (requester != null) {
                add(addressees, reminders, requester, List.of(new Reminder(Kind.APPROVAL_ENDING, approval.approvalId(),
                        "Approval " + approval.approvalId() + ", which you asked for, ends on "
                                + day(approval.validUntil()) + ".")));
            }
        }
        return reminders.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new Digest(addressees.get(entry.getKey()), today, entry.getValue().stream()
                        .sorted(Comparator.comparing(Reminder::kind)).toList()))
                .toList();
    }

    private static void add(Map<String, Addressee> addressees, Map<String, List<Reminder>> reminders, Addressee to,
            List<Reminder> items) {
        addressees.putIfAbsent(to.username(), to);
        reminders.computeIfAbsent(to.username(), username -> new ArrayList<>()).addAll(items);
    }

    private List<Reminder> requestsDue(List<RequestDeadline> requests) {
        return within(leads.requestsDue(), requests.stream().filter(request -> request.due() != null),
                RequestDeadline::due).map(request -> new Reminder(Kind.REQUEST_DUE, request.requestId(),
                        "Request " + request.requestId() + " for " + request.type().label().toLowerCase()
                                + (request.due().isBefore(today) ? " is overdue: it was due on " : " is due on ")
                                + day(request.due()) + "."))
                .toList();
    }

    private List<Reminder> extensionNotices(List<RequestDeadline> requests) {
        return within(leads.extensionNotices(),
                requests.stream().filter(request -> request.extensionNoticeBy() != null),
                RequestDeadline::extensionNoticeBy).map(request -> new Reminder(Kind.EXTENSION_NOTICE,
                        request.requestId(), "The person who made request " + request.requestId()
                                + " must be told of its extension by " + day(request.extensionNoticeBy()) + "."))
                .toList();
    }

    /** The items whose day is on or before today plus the lead time (the overdue ones too); none when off. */
    private <T> Stream<T> within(Period lead, Stream<T> items, Function<T, LocalDate> day) {
        return lead.isZero() ? Stream.empty() : items.filter(item -> !day.apply(item).isAfter(today.plus(lead)))
                .sorted(Comparator.comparing(day));
    }

    private List<Reminder> breachReports(List<BreachDeadline> breaches) {
        Duration lead = leads.breachReports();
        return lead.isZero() ? List.of() : breaches.stream()
                .filter(breach -> !breach.reportBy().isAfter(now.plus(lead)))
                .sorted(Comparator.comparing(BreachDeadline::reportBy))
                .map(breach -> new Reminder(Kind.BREACH_REPORT, breach.breachId(), breachText(breach))).toList();
    }

    private String breachText(BreachDeadline breach) {
        LocalDateTime deadline = LocalDateTime.ofInstant(breach.reportBy(), clock.getZone());
        String at = TIME.format(deadline) + " on " + OrganisationTime.DAY.format(deadline.toLocalDate());
        if (breach.reportBy().isBefore(now)) {
            return "The report of breach " + breach.breachId() + " to the ICO was due by " + at
                    + ": report it, or record the decision not to, with the reason it is late.";
        }
        long hours = Duration.between(now, breach.reportBy()).toHours();
        return "Breach " + breach.breachId() + " must be reported to the ICO, or the decision not to recorded, by "
                + at + " (" + (hours < 1 ? "in less than an hour" : "in " + count(hours, "hour")) + ").";
    }

    private List<EndingApproval> approvalsEnding(List<EndingApproval> approvals) {
        return approvalsEndingBy().map(last -> approvals.stream()
                .filter(approval -> !approval.validUntil().isBefore(today) && !approval.validUntil().isAfter(last))
                .sorted(Comparator.comparing(EndingApproval::validUntil)).toList()).orElse(List.of());
    }

    /** "3 December 2026 (today)", "(tomorrow)", "(in 5 days)", "(2 days ago)". */
    private String day(LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        String relative = days == 0 ? "today" : days == 1 ? "tomorrow" : days == -1 ? "yesterday"
                : days > 0 ? "in " + count(days, "day") : count(-days, "day") + " ago";
        return OrganisationTime.DAY.format(day) + " (" + relative + ")";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
