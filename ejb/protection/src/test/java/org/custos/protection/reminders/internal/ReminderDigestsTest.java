package org.custos.protection.reminders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.RequestType;
import org.custos.protection.breaches.api.BreachDeadlines.BreachDeadline;
import org.custos.protection.calendar.api.ReminderLeadTimes;
import org.custos.protection.reminders.internal.ReminderDigests.Digest;
import org.custos.protection.reminders.internal.ReminderDigests.Kind;
import org.custos.protection.reminders.internal.ReminderDigests.Reminder;
import org.custos.protection.reminders.internal.ReminderDigests.Sources;
import org.custos.protection.rights.api.OpenRequestDeadlines.RequestDeadline;
import org.custos.security.api.ReminderDirectory.Addressee;
import org.custos.security.api.ReminderDirectory.EndingApproval;
import org.junit.jupiter.api.Test;

/** Which items each account's daily digest holds, within which lead times, by London's date and time. */
class ReminderDigestsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Thursday 3 December 2026, 07:00 London time (GMT). */
    private static final Clock DECEMBER = Clock.fixed(london(2026, 12, 3, 7, 0), LONDON);

    private static final Addressee DPM = new Addressee("dpm", "Dana Price", "dpm@example.org");
    private static final Addressee OTHER_DPM = new Addressee("dpm2", "Dev Patel", "dpm2@example.org");
    private static final Addressee HR = new Addressee("hr", "Hana Reid", "hr@example.org");

    private static Instant london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON).toInstant();
    }

    private static LocalDate december(int day) {
        return LocalDate.of(2026, 12, day);
    }

    private static RequestDeadline request(long id, RequestType type, LocalDate due) {
        return new RequestDeadline(id, type, due, null);
    }

    private static Sources requests(List<RequestDeadline> requests, List<Addressee> dpms) {
        return new Sources(requests, List.of(), List.of(), dpms, List.of());
    }

    private static List<String> texts(Digest digest) {
        return digest.reminders().stream().map(Reminder::text).toList();
    }

    @Test
    void requestsDueWithinTheLeadTimeAndEveryOverdueOneGoToEachDpm_D2() {
        List<Digest> digests = new ReminderDigests(ReminderLeadTimes.defaults(), DECEMBER).digests(requests(List.of(
                request(41, RequestType.ACCESS, december(10)),
                request(42, RequestType.ERASURE, december(1)),
                request(43, RequestType.RECTIFICATION, december(11)),
                request(44, RequestType.OBJECTION, december(3))), List.of(DPM, OTHER_DPM)));

        assertEquals(List.of(DPM, OTHER_DPM), digests.stream().map(Digest::to).toList());
        assertEquals(List.of(
                "Request 42 for erasure is overdue: it was due on 1 December 2026 (2 days ago).",
                "Request 44 for objection is due on 3 December 2026 (today).",
                "Request 41 for access (a copy of the data) is due on 10 December 2026 (in 7 days)."),
                texts(digests.get(0)), "due by 10 December (7 days), soonest first; 11 December is beyond");
        assertEquals(texts(digests.get(0)), texts(digests.get(1)));
        assertEquals(december(3), digests.get(0).day());
    }

    @Test
    void aLeadTimeOfZeroTurnsItsKindOffAndTheOthersStillGo_D2() {
        ReminderLeadTimes requestsOff = new ReminderLeadTimes(Period.ZERO, Duration.ofHours(24), Period.ofDays(7),
                Period.ofDays(7));
        List<Digest> digests = new ReminderDigests(requestsOff, DECEMBER).digests(requests(List.of(
                request(42, RequestType.ERASURE, december(1)),
                new RequestDeadline(45, RequestType.ACCESS, december(30), december(8))), List.of(DPM)));

        assertEquals(1, digests.size());
        assertEquals(List.of("The person who made request 45 must be told of its extension by 8 December 2026 "
                + "(in 5 days)."), texts(digests.get(0)), "no request due, the extension notice still");
        assertEquals(List.of(), new ReminderDigests(new ReminderLeadTimes(Period.ZERO, Duration.ZERO, Period.ZERO,
                Period.ZERO), DECEMBER).digests(requests(List.of(request(42, RequestType.ERASURE, december(1))),
                        List.of(DPM))), "nothing on, no email");
    }

    @Test
    void breachesWhoseReportDeadlineComesWithin24HoursOrHasPassedGoToTheDpm_X5() {
        Sources breaches = new Sources(List.of(), List.of(
                new BreachDeadline(7, london(2026, 12, 4, 3, 0)),
                new BreachDeadline(8, london(2026, 12, 3, 6, 30)),
                new BreachDeadline(9, london(2026, 12, 4, 7, 1))), List.of(), List.of(DPM), List.of());

        List<Digest> digests = new ReminderDigests(ReminderLeadTimes.defaults(), DECEMBER).digests(breaches);

        assertEquals(List.of(
                "The report of breach 8 to the ICO was due by 06:30 on 3 December 2026: report it, or record the "
                        + "decision not to, with the reason it is late.",
                "Breach 7 must be reported to the ICO, or the decision not to recorded, by 03:00 on 4 December 2026 "
                        + "(in 20 hours)."), texts(digests.get(0)), "breach 9 is 24 hours and a minute away");
    }

    @Test
    void anEndingApprovalGoesToTheAccountThatAskedForItOnly_L4() {
        ReminderDigests rule = new ReminderDigests(ReminderLeadTimes.defaults(), DECEMBER);
        assertEquals(Optional.of(december(10)), rule.approvalsEndingBy());
        Sources approvals = new Sources(List.of(), List.of(), List.of(
                new EndingApproval(12, "hr", december(9)),
                new EndingApproval(13, "hr", december(11)),
                new EndingApproval(14, "no-email", december(5))), List.of(DPM), List.of(HR));

        List<Digest> digests = rule.digests(approvals);

        assertEquals(1, digests.size(), "the DPM has nothing; the account without an address gets nothing");
        assertEquals(HR, digests.get(0).to());
        assertEquals(List.of("Approval 12, which you asked for, ends on 9 December 2026 (in 6 days)."),
                texts(digests.get(0)));
        assertEquals(Optional.empty(), new ReminderDigests(new ReminderLeadTimes(Period.ofDays(7),
                Duration.ofHours(24), Period.ZERO, Period.ofDays(7)), DECEMBER).approvalsEndingBy());
    }

    @Test
    void aDpmWhoAskedForAnApprovalGetsOneDigestWithEverythingByKind() {
        Addressee dpmAsking = new Addressee("dpm", "Dana Price", "dpm@example.org");
        Sources everything = new Sources(List.of(request(42, RequestType.ERASURE, december(4))),
                List.of(new BreachDeadline(7, london(2026, 12, 4, 3, 0))),
                List.of(new EndingApproval(12, "dpm", december(3))), List.of(DPM), List.of(dpmAsking));

        List<Digest> digests = new ReminderDigests(ReminderLeadTimes.defaults(), DECEMBER).digests(everything);

        assertEquals(1, digests.size());
        assertEquals(List.of(Kind.REQUEST_DUE, Kind.BREACH_REPORT, Kind.APPROVAL_ENDING),
                digests.get(0).reminders().stream().map(Reminder::kind).toList());
        assertEquals("Request 42 for erasure is due on 4 December 2026 (tomorrow).", texts(digests.get(0)).get(0));
    }

    @Test
    void todayAndTheTimesAreLondonsNotTheServersUtc() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): seven days on is 8 July, not 7 July.
        Clock justAfterMidnightInLondon = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), LONDON);
        Sources due = new Sources(List.of(request(50, RequestType.ACCESS, LocalDate.of(2026, 7, 8))),
                List.of(new BreachDeadline(9, Instant.parse("2026-07-01T13:05:00Z"))), List.of(), List.of(DPM),
                List.of());

        List<Digest> digests = new ReminderDigests(ReminderLeadTimes.defaults(), justAfterMidnightInLondon)
                .digests(due);

        assertEquals(LocalDate.of(2026, 7, 1), digests.get(0).day());
        assertEquals(List.of(
                "Request 50 for access (a copy of the data) is due on 8 July 2026 (in 7 days).",
                "Breach 9 must be reported to the ICO, or the decision not to recorded, by 14:05 on 1 July 2026 "
                        + "(in 13 hours)."), texts(digests.get(0)));
    }

    @Test
    void theEmailSaysItInWordsWithALinkToEachItem() {
        Digest digest = new Digest(DPM, december(3), List.of(
                new Reminder(Kind.REQUEST_DUE, 42, "Request 42 for erasure is due on 4 December 2026 (tomorrow)."),
                new Reminder(Kind.APPROVAL_ENDING, 12, "Approval 12, which you asked for, ends on 9 December 2026 "
                        + "(in 6 days).")));

        DigestMail mail = DigestMail.of(digest, "https://custos.example.org/custos");

        assertEquals("Custos: 2 reminders for 3 December 2026", mail.subject());
        assertTrue(mail.body().startsWith("Dear Dana Price,\n\nThis is what is due in Custos, as of 3 December 2026.\n"
                + "\nRights requests\n- Request 42 for erasure is due on 4 December 2026 (tomorrow).\n"
                + "  https://custos.example.org/custos/requests/detail.xhtml?id=42\n"
                + "\nApprovals ending\n- Approval 12, which you asked for, ends on 9 December 2026 (in 6 days).\n"
                + "  https://custos.example.org/custos/approvals/list.xhtml\n"), mail.body());
    }
}
