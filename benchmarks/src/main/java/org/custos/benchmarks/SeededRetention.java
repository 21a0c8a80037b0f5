package org.custos.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.SearchText;

/**
 * Records long past their retention period, so that a retention run at full size finds work in every context that
 * keeps personal data by an event (R1, R3, R5, R6) and the review queue holds on the order of 100,000 items. Beside
 * what the other seeds already leave due (the unsuccessful applications and assessment material of campaigns closed
 * more than six months ago, about 190,000 items at 100,000 people; the contacts of organisations ended more than six
 * years ago; expired warnings), this adds, in proportion to the people and in one pass each (no row depends on
 * another's search):
 * <ul>
 * <li>a former staff file for every 20th person (5,000 at 100,000), its one engagement ended seven to nine years
 * ago (the staff file's six years after leaving have passed);</li>
 * <li>a closed complaint for every 50th person (2,000), received three to five years ago and closed a month later
 * (the file's two years after closing have passed);</li>
 * <li>an organisation for every 200 people (500) whose relationship ended seven to nine years ago, with four
 * contacts each (2,000; six years after the relationship's end).</li>
 * </ul>
 * Each table in its own range of its context's sequence, above the other seeds' ({@link #STAFF_NEXT} and so on are
 * where the sequences restart). Talent-pool consents on every tenth rejected application are seeded by
 * {@link SeededHoldings#talentPoolConsents}: they move those applications' review (L2) and make the run read the
 * consents beside the applications.
 */
final class SeededRetention {

    static final long STAFF_NEXT = 124_000_000L;
    static final long COMPLAINTS_NEXT = 54_000_000L;
    static final long RELATIONSHIPS_NEXT = 134_000_000L;

    /** Talent-pool consents on the consent ledger (L2): the application's id serves as the consent's. */
    static final List<String> CONSENT_COLUMNS = List.of("id", "version", "subject_id", "purpose_id", "wording",
            "method", "given_on", "recorded_by", "recorded_at", "context", "record_id", "withdrawal_method",
            "withdrawn_on", "withdrawal_recorded_by", "withdrawal_recorded_at");

    private static final long FILE = SeededStaff.STAFF_NEXT;
    private static final long ENGAGEMENT = SeededStaff.STAFF_NEXT + 2_000_000L;
    private static final long COMPLAINT = SeededComplaints.COMPLAINTS_NEXT;
    private static final long HANDLER = SeededComplaints.COMPLAINTS_NEXT + 2_000_000L;
    private static final long ORGANISATION = SeededOrganisations.RELATIONSHIPS_NEXT;
    private static final long CONTACT = SeededOrganisations.RELATIONSHIPS_NEXT + 2_000_000L;
    private static final int FORMER_STAFF_EVERY = 20;
    private static final int OLD_COMPLAINT_EVERY = 50;
    private static final int ENDED_ORGANISATION_EVERY = 200;
    private static final int CONTACTS = 4;
    private static final int SPREAD_DAYS = 730;
    private static final ComplaintChannel[] CHANNELS = ComplaintChannel.values();
    private static final ComplaintKind[] KINDS = ComplaintKind.values();

    private final int people;
    private final int compiled;
    private final LocalDate today;

    SeededRetention(int people, int compiled, LocalDate today) {
        this.people = people;
        this.compiled = compiled;
        this.today = today;
    }

    // --- staff: former files, one engagement ended long ago

    /** Every 20th person past the compiled ones, not one with a current staff file (those are every tenth). */
    private boolean formerStaff(int person) {
        return person > compiled && person % FORMER_STAFF_EVERY == 7;
    }

    Stream<Object[]> staffFiles(int person) {
        return formerStaff(person) ? Stream.<Object[]>of(new Object[] {FILE + person, 0L, (long) person,
            BenchAccount.HR, started(person).atTime(9, 0)}) : Stream.empty();
    }

    Stream<Object[]> engagements(int person) {
        if (!formerStaff(person)) {
            return Stream.empty();
        }
        LocalDate left = left(person);
        return Stream.<Object[]>of(new Object[] {ENGAGEMENT + person, 0L, FILE + person,
            EngagementType.EMPLOYEE.name(), "Administrator", "Finance", null, "Head office, Leeds", "Permanent", 37,
            started(person), started(person).plusMonths(6), left, "Resigned to take up a post elsewhere",
            BenchAccount.HR, left.atTime(10, 0), true});
    }

    private LocalDate left(int person) {
        return today.minusYears(7).minusDays(person / FORMER_STAFF_EVERY % SPREAD_DAYS);
    }

    private LocalDate started(int person) {
        return left(person).minusYears(3);
    }

    // --- complaints: closed years ago

    int oldComplaints() {
        return people / OLD_COMPLAINT_EVERY;
    }

    Object[] complaint(int c) {
        LocalDate received = today.minusYears(3).minusDays(c % SPREAD_DAYS);
        LocalDate closed = received.plusDays(30);
        ComplaintChannel channel = CHANNELS[c % CHANNELS.length];
        return new Object[] {COMPLAINT + c, 0L, complainant(c), received, channel.name(),
            KINDS[c / 2 % KINDS.length].name(), ComplaintAbout.SERVICE.name(), "The delay in answering my letters",
            "I am writing to complain about the delay in answering my letters. I would like an explanation.", false,
            null, null, null, null, received.plusDays(3), "We have looked into your complaint and upheld it; we"
                + " have apologised.", closed, closed, BenchAccount.HR, received.atTime(10, 0)};
    }

    Stream<Object[]> handlers(int c) {
        return Stream.<Object[]>of(new Object[] {HANDLER + c, 0L, COMPLAINT + c, BenchAccount.HR});
    }

    /** People of the register past the compiled ones, whose records the compile figure counts. */
    private long complainant(int c) {
        return compiled + 1 + ((long) c * OLD_COMPLAINT_EVERY + 11) % (people - compiled);
    }

    // --- relationships: organisations ended long ago, with their contacts

    int endedOrganisations() {
        return people / ENDED_ORGANISATION_EVERY;
    }

    Object[] organisation(int o) {
        String name = "Former Supplier " + (o + 1);
        LocalDate ended = today.minusYears(7).minusDays(o % SPREAD_DAYS);
        LocalDate started = ended.minusYears(5);
        return new Object[] {ORGANISATION + o, 0L, name, SearchText.folded(name), false, false, true,
            String.format(Locale.ROOT, "%08d", 5_000_000 + o), (o % 200 + 1) + " Market Street, York",
            "https://example.org/former/" + (o + 1), started, ended, RelationshipStatus.ENDED.name(), null,
            BenchAccount.HR, started.atTime(9, 0)};
    }

    Stream<Object[]> contacts(int o) {
        LocalDate ended = today.minusYears(7).minusDays(o % SPREAD_DAYS);
        return IntStream.range(0, CONTACTS).mapToObj(i -> new Object[] {CONTACT + (long) o * CONTACTS + i, 0L,
            ORGANISATION + o, compiled + 1 + ((long) o * CONTACTS * 13 + i * 7L + 5) % (people - compiled),
            OrganisationKind.SUPPLIER.name(), "Account manager", "contact" + i + "@former" + (o + 1) + ".example",
            String.format(Locale.ROOT, "0113 496 %04d", (o * CONTACTS + i) % 10_000), ended.minusYears(5), null,
            BenchAccount.HR, ended.minusYears(5).atTime(9, 30)});
    }

    /** A talent-pool consent given on the day of the rejection, withdrawn a month later or not. */
    static Object[] consent(long application, long subject, LocalDate rejectedOn, boolean withdrawn) {
        LocalDate withdrawnOn = withdrawn ? rejectedOn.plusMonths(1) : null;
        return new Object[] {application, 0L, subject, 8L, "Keep my application for future vacancies.",
            ConsentMethod.EMAIL.name(), rejectedOn, BenchAccount.HR, rejectedOn.atTime(10, 0), "recruitment",
            application, withdrawn ? ConsentMethod.EMAIL.name() : null, withdrawnOn,
            withdrawn ? BenchAccount.HR : null, withdrawn ? withdrawnOn.atTime(10, 0) : null};
    }
}
