package org.custos.benchmarks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;

/**
 * What the seeded people are to the complaints context, as rows (ids a function of the complaint, each table in its
 * own range of the one {@code cmp_seq}): a complaint for every 100 people, 1,000 at 100,000 (at least
 * {@value #AT_LEAST}, so that HR's open ones fill a second page at the smoke size), received over the last two years
 * through each channel in turn, of each kind, about a member of staff, a service or a decision. The complainant and
 * the people named (one on two complaints in three, a second on every sixth) are people of the register past the
 * compiled ones, whose records the compile figure counts. HR (the office manager) is named to handle four in five,
 * the DPM the fifth and also every seventh of HR's; every sixth complainant asked for anonymity, which could not be
 * kept on one in five of those. Those received in the last 50 days and every fourth older one are open (every fourth
 * of the open ones not yet acknowledged, overdue when older than its period); the others closed with the outcome sent,
 * after three investigation steps. No column of the context is encrypted.
 */
final class SeededComplaints {

    static final long COMPLAINTS_NEXT = 50_000_000L;

    static final List<String> COMPLAINT_COLUMNS = List.of("id", "version", "complainant_subject_id", "received_on",
            "channel", "kind", "about", "about_text", "complaint_text", "anonymity_requested", "anonymity_lost_reason",
            "anonymity_lost_told_on", "rights_request_id", "breach_id", "acknowledged_on", "outcome", "outcome_on",
            "closed_on", "logged_by", "logged_at");
    static final List<String> HANDLER_COLUMNS = List.of("id", "version", "complaint_id", "account");
    static final List<String> PERSON_NAMED_COLUMNS = List.of("id", "version", "complaint_id", "subject_id");
    static final List<String> NOTE_COLUMNS = List.of("id", "version", "complaint_id", "noted_on", "text", "noted_by",
            "noted_at");

    private static final long COMPLAINT = 10_000_000L;
    private static final long HANDLER = 20_000_000L;
    private static final long PERSON_NAMED = 30_000_000L;
    private static final long NOTE = 40_000_000L;
    private static final int PEOPLE_PER_COMPLAINT = 100;
    private static final int AT_LEAST = 160;
    private static final int DAYS = 730;
    /** Coprime with {@link #DAYS}: consecutive complaints' receipts spread over the two years. */
    private static final int STRIDE = 131;
    private static final int RECENT_DAYS = 50;
    private static final int STEPS_WHEN_CLOSED = 3;
    private static final ComplaintChannel[] CHANNELS = ComplaintChannel.values();
    private static final ComplaintKind[] KINDS = ComplaintKind.values();
    private static final ComplaintAbout[] ABOUTS = ComplaintAbout.values();
    private static final List<String> STEPS = List.of("Read the complaint and the records it refers to",
            "Spoke to the member of staff concerned and noted their account",
            "Checked the dates against the emails held and drafted the outcome");

    private final int people;
    private final int compiled;
    private final LocalDate today;

    SeededComplaints(int people, int compiled, LocalDate today) {
        this.people = people;
        this.compiled = compiled;
        this.today = today;
    }

    int complaints() {
        return Math.max(AT_LEAST, people / PEOPLE_PER_COMPLAINT);
    }

    Object[] complaint(int complaint) {
        LocalDate received = received(complaint);
        boolean closed = !open(complaint);
        LocalDate closedOn = closed ? received.plusDays(20 + complaint % 30) : null;
        ComplaintAbout about = ABOUTS[complaint % ABOUTS.length];
        boolean anonymity = complaint % 6 == 1;
        boolean anonymityLost = anonymity && complaint % 30 == 7;
        return new Object[] {id(complaint), 0L, person(complaint, 0), received,
            CHANNELS[complaint % CHANNELS.length].name(), KINDS[complaint / 2 % KINDS.length].name(), about.name(),
            aboutText(about), "I am writing to complain about " + aboutText(about).toLowerCase(Locale.ROOT)
                + ". I raised it at the time and nothing was done; I would like an explanation and an apology.",
            anonymity, anonymityLost ? "The complaint cannot be investigated without telling the member of staff"
                + " who raised it" : null,
            anonymityLost ? received.plusDays(Math.min(5, age(complaint))) : null, null, null,
            acknowledged(complaint), closed ? "We have looked into your complaint and upheld it in part; we have"
                + " apologised and changed how such requests are handled." : null, closedOn, closedOn,
            BenchAccount.HR, received.atTime(10, 0)};
    }

    Stream<Object[]> handlers(int complaint) {
        List<String> accounts = complaint % 5 == 0 ? List.of(BenchAccount.DPM)
                : complaint % 7 == 0 ? List.of(BenchAccount.HR, BenchAccount.DPM) : List.of(BenchAccount.HR);
        return IntStream.range(0, accounts.size()).mapToObj(i -> new Object[] {HANDLER + (long) complaint * 2 + i, 0L,
            id(complaint), accounts.get(i)});
    }

    Stream<Object[]> peopleNamed(int complaint) {
        int named = complaint % 3 == 2 ? 0 : complaint % 6 == 0 ? 2 : 1;
        return IntStream.range(0, named).mapToObj(i -> new Object[] {PERSON_NAMED + (long) complaint * 2 + i, 0L,
            id(complaint), person(complaint, i + 1)});
    }

    Stream<Object[]> notes(int complaint) {
        int steps = open(complaint) ? complaint % STEPS_WHEN_CLOSED : STEPS_WHEN_CLOSED;
        LocalDate received = received(complaint);
        return IntStream.range(0, steps).mapToObj(i -> {
            LocalDate noted = received.plusDays(Math.min(2L + 5L * i, age(complaint)));
            return new Object[] {NOTE + (long) complaint * STEPS_WHEN_CLOSED + i, 0L, id(complaint), noted,
                STEPS.get(i), BenchAccount.HR, noted.atTime(15, 0)};
        });
    }

    private LocalDate acknowledged(int complaint) {
        if (open(complaint) && (age(complaint) < 10 || complaint % 4 == 1)) {
            return null;
        }
        return received(complaint).plusDays(3);
    }

    private static String aboutText(ComplaintAbout about) {
        return switch (about) {
            case STAFF_MEMBER -> "The way a member of staff spoke to me on the phone";
            case SERVICE -> "The delay in answering my letters";
            case DECISION -> "The decision not to shortlist my application";
        };
    }

    private static boolean open(int complaint) {
        return age(complaint) < RECENT_DAYS || complaint % 4 == 3;
    }

    private static long age(int complaint) {
        return (long) complaint * STRIDE % DAYS;
    }

    private LocalDate received(int complaint) {
        return today.minus(age(complaint), ChronoUnit.DAYS);
    }

    private static long id(int complaint) {
        return COMPLAINT + complaint;
    }

    /** The complainant ({@code i} 0) and the people named: people of the register past the compiled ones. */
    private long person(int complaint, int i) {
        return compiled + 1 + ((long) complaint * 3 + i) % (people - compiled);
    }
}
