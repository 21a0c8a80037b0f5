package org.custos.benchmarks;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.AssessmentType;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Sha256;

/**
 * What each seeded person holds in the other contexts, as rows (ids a function of the person: {@code base + person
 * × stride + index}). Most people: one or two applications (a CV each, events, an assessment once past
 * "received"), one special-category record, an approval for every fifth, a rights request for every twentieth.
 * A compiled person (the first {@code compiled}): 50 records to compile, 5 of them documents: their register entry,
 * 4 applications with a CV and 3 assessments each, 10 special-category records and 4 approvals, the 15 records of
 * their staff file ({@link SeededStaff}, a right-to-work copy among them), and an open access request, identity
 * verified, not compiled yet ({@link #compileRequest}).
 */
final class SeededHoldings {

    static final long REC_NEXT = 60_000_000L;
    static final long SENSITIVE_NEXT = 20_000_000L;
    static final long APPROVAL_NEXT = 20_000_000L;
    static final long REQUEST_NEXT = 30_000_000L;
    static final long BREACH_NEXT = 20_000_000L;
    /** The bench hiring manager is named on every {@value}th campaign. */
    static final int MANAGED_EVERY = 10;
    static final int COMPILED_APPLICATIONS = 4;
    static final int COMPILED_ASSESSMENTS = 3;
    static final int COMPILED_SENSITIVE = 10;
    static final int COMPILED_APPROVALS = 4;

    static final List<String> CAMPAIGN_COLUMNS = List.of("id", "version", "title", "job_role", "opens_on",
            "closes_on", "created_by", "created_at", "search_text");
    static final List<String> APPLICATION_COLUMNS = List.of("id", "version", "campaign_id", "subject_id", "source",
            "received_on", "status", "status_changed_at", "closing_reason", "created_by",
            "created_at");
    static final List<String> EVENT_COLUMNS = List.of("id", "version", "application_id", "happened_at", "actor",
            "from_status", "to_status");
    static final List<String> DOCUMENT_COLUMNS = List.of("id", "version", "application_id", "kind", "file_name",
            "media_type", "size_bytes", "sha256", "content", "uploaded_by", "uploaded_at");
    static final List<String> ASSESSMENT_COLUMNS = List.of("id", "version", "application_id", "kind", "held_on",
            "assessor", "notes", "score", "recorded_by", "recorded_at");
    static final List<String> SENSITIVE_COLUMNS = List.of("id", "version", "subject_id", "context", "category",
            "purpose_id", "content", "recorded_by", "recorded_at");
    static final List<String> APPROVAL_COLUMNS = List.of("id", "version", "subject_id", "category", "user_account",
            "purpose_id", "legal_condition", "schedule1_condition", "justification", "wanted_until", "status",
            "requested_by", "requested_at", "decided_by", "decided_at", "valid_until", "decision_reason");
    static final List<String> REQUEST_COLUMNS = List.of("id", "version", "subject_id", "request_type", "channel",
            "asked", "received_on", "identity", "identity_verified_on", "compile_state", "compiled_contexts",
            "total_contexts", "responded_on", "created_by", "created_at");
    static final List<String> ITEM_COLUMNS = List.of("id", "version", "request_id", "context", "record_type",
            "record_id", "content", "decision", "decided_by", "decided_at");
    static final List<String> BREACH_COLUMNS = List.of("id", "version", "summary", "occurred_at", "aware_at",
            "how_discovered", "description", "systems", "data_categories", "people_categories", "approx_people",
            "approx_records", "likelihood", "severity", "risk", "notify_ico", "decision_reasons", "decided_by",
            "decided_at", "closed_at", "closed_by", "created_at", "created_by", "updated_at", "updated_by");

    private static final long CAMPAIGN = 10_000_000L;
    private static final long APPLICATION = 20_000_000L;
    private static final long EVENT = 30_000_000L;
    private static final long DOCUMENT = 40_000_000L;
    private static final long ASSESSMENT = 50_000_000L;
    private static final long SENSITIVE = 10_000_000L;
    private static final long APPROVAL = 10_000_000L;
    private static final long REQUEST = 10_000_000L;
    private static final long ITEM = 20_000_000L;
    private static final long BREACH = 10_000_000L;
    private static final int APPLICATION_STRIDE = 8;
    private static final int ITEM_STRIDE = 64;
    private static final int ITEMS_PER_REQUEST = 40;
    private static final int PEOPLE_PER_BREACH = 50;
    private static final long RECRUITMENT_PURPOSE = 1;
    private static final String HR = BenchAccount.HR;
    private static final String DPM = BenchAccount.DPM;
    private static final List<String> ROLES = List.of("Office Manager", "Software Developer", "Care Assistant",
            "Accountant", "Warehouse Operative", "Staff Nurse", "Teacher", "Sales Adviser");
    private static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.RECEIVED,
            ApplicationStatus.SHORTLISTED, ApplicationStatus.ASSESSED, ApplicationStatus.REJECTED);
    private static final List<RequestType> REQUEST_TYPES = List.of(RequestType.ACCESS, RequestType.PORTABILITY,
            RequestType.ERASURE, RequestType.RESTRICTION);
    /** Found once: {@code Json}'s static methods look the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String[][] ITEM_KINDS = {{"recruitment", "Application"}, {"recruitment", "Assessment"},
        {"security", "SensitiveRecord"}};

    private final int people;
    private final int compiled;
    private final LocalDate today;
    private final int campaigns;

    SeededHoldings(int people, int compiled, LocalDate today) {
        this.people = people;
        this.compiled = compiled;
        this.today = today;
        this.campaigns = Math.max(MANAGED_EVERY, people / 67);
    }

    /** The open access request of the {@code index}th compiled person (from 0). */
    static long compileRequest(int index) {
        return REQUEST + index + 1;
    }

    int campaigns() {
        return campaigns;
    }

    int breaches() {
        return Math.max(4, people / 500);
    }

    Object[] campaign(int c) {
        String role = ROLES.get(c % ROLES.size());
        String title = role + " " + (c / ROLES.size() + 1);
        LocalDate opens = opens(c);
        return new Object[] {CAMPAIGN + c, 0L, title, role, opens, opens.plusDays(28), HR,
            opens.minusDays(7).atTime(9, 0), Campaign.searchText(title, role)};
    }

    Stream<Object[]> managers() {
        return IntStream.range(0, campaigns).filter(c -> c % MANAGED_EVERY == 0)
                .mapToObj(c -> new Object[] {CAMPAIGN + c, BenchAccount.HIRING_MANAGER});
    }

    Stream<Object[]> applications(int person) {
        return applicationIndexes(person).mapToObj(j -> {
            LocalDate received = received(person, j);
            ApplicationStatus status = status(person, j);
            return new Object[] {application(person, j), 0L, CAMPAIGN + campaign(person, j), (long) person,
                "DIRECT", received, status.name(), received.atTime(10, 0).plusDays(moved(status)),
                status == ApplicationStatus.REJECTED ? "Another applicant had more of the experience asked for"
                        : null, HR, received.atTime(9, 0)};
        });
    }

    Stream<Object[]> events(int person) {
        return applicationIndexes(person).boxed().flatMap(j -> {
            long application = application(person, j);
            long first = EVENT + (application - APPLICATION) * 2;
            LocalDate received = received(person, j);
            ApplicationStatus status = status(person, j);
            Object[] arrived = {first, 0L, application, received.atTime(9, 0), HR, null, "RECEIVED"};
            return status == ApplicationStatus.RECEIVED ? Stream.<Object[]>of(arrived) : Stream.of(arrived,
                    new Object[] {first + 1, 0L, application, received.atTime(10, 0).plusDays(moved(status)), HR,
                        "RECEIVED", status.name()});
        });
    }

    Stream<Object[]> documents(int person) {
        return applicationIndexes(person).mapToObj(j -> {
            long application = application(person, j);
            byte[] content = ("%PDF-1.4\n% curriculum vitae of applicant " + person + ", application "
                    + application + "\n").getBytes(StandardCharsets.US_ASCII);
            return new Object[] {DOCUMENT + application - APPLICATION, 0L, application, "CV",
                "cv-" + application + ".pdf", "application/pdf", (long) content.length, Sha256.hex(content), content,
                HR, received(person, j).atTime(9, 5)};
        });
    }

    /**
     * A talent-pool consent on one rejected application in ten (given on the day of the rejection), withdrawn a
     * month later on every third of them ({@link SeededRetention}).
     */
    Stream<Object[]> talentPoolConsents(int person) {
        return applicationIndexes(person).filter(j -> !compiled(person) && (person + j) % 40 == 3).mapToObj(j -> {
            LocalDate rejected = min(received(person, j).plusDays(moved(ApplicationStatus.REJECTED)));
            boolean withdrawn = person % 3 == 0 && !rejected.plusMonths(1).isAfter(today);
            return SeededRetention.consent(application(person, j), person, rejected, withdrawn);
        });
    }

    Stream<Object[]> assessments(int person) {
        return applicationIndexes(person).boxed().flatMap(j -> {
            long application = application(person, j);
            int count = compiled(person) ? COMPILED_ASSESSMENTS
                    : status(person, j) == ApplicationStatus.RECEIVED ? 0 : 1;
            LocalDate received = received(person, j);
            return IntStream.range(0, count).mapToObj(a -> {
                LocalDate held = min(received.plusDays(5L + a));
                return new Object[] {ASSESSMENT + (application - APPLICATION) * 4 + a, 0L, application,
                    AssessmentType.values()[a % 3].name(), held, "Interview panel",
                    "Clear answers on planning; asked good questions about the team.", 40 + (person + a) % 60, HR,
                    held.atTime(16, 0)};
            });
        });
    }

    Stream<Object[]> sensitive(int person) {
        int count = compiled(person) ? COMPILED_SENSITIVE : 1;
        return IntStream.range(0, count).mapToObj(s -> {
            long id = SENSITIVE + (long) person * 32 + s;
            String content = s % 2 == 0 ? "Asked for a ground-floor interview room (mobility); record " + s
                    : "Declared an unspent caution for a driving offence; record " + s;
            return new Object[] {id, 0L, (long) person, "recruitment", s % 2 == 0 ? "HEALTH" : "CRIMINAL_RECORDS",
                RECRUITMENT_PURPOSE, EncryptedColumns.SENSITIVE_RECORD_CONTENT.seal(content, id).ciphertext(), HR,
                today.minusDays(person % 700 + s + 1L).atTime(11, 0)};
        });
    }

    Stream<Object[]> approvals(int person) {
        int count = compiled(person) ? COMPILED_APPROVALS : person % 5 == 0 ? 1 : 0;
        return IntStream.range(0, count).mapToObj(a -> {
            LocalDateTime asked = today.minusDays(person % 300 + a + 2L).atTime(12, 0);
            return new Object[] {APPROVAL + (long) person * 8 + a, 0L, (long) person, "HEALTH", HR,
                RECRUITMENT_PURPOSE, "EMPLOYMENT_LAW", "Schedule 1, Part 1, paragraph 1 (employment)",
                "Reasonable adjustments at interview", today.plusDays(180), "APPROVED", HR, asked, DPM,
                asked.plusHours(3), today.plusDays(180), "Needed for the adjustments the person asked for"};
        });
    }

    Stream<Object[]> requests(int person) {
        if (!hasRequest(person)) {
            return Stream.empty();
        }
        boolean open = open(person);
        LocalDate received = requestReceived(person);
        boolean done = itemsOf(person) > 0;
        return Stream.<Object[]>of(new Object[] {REQUEST + person, 0L, (long) person, requestType(person).name(),
            "EMAIL", "A copy of everything you hold about me, please.", received, "VERIFIED", received,
            done ? "DONE" : "NOT_STARTED", done ? 3 : 0, done ? 3 : 0, open ? null : received.plusDays(20), DPM,
            received.atTime(9, 0)});
    }

    Stream<Object[]> reviewItems(int person) {
        boolean open = hasRequest(person) && open(person);
        LocalDateTime decided = hasRequest(person) ? requestReceived(person).plusDays(15).atTime(14, 0) : null;
        return IntStream.range(0, itemsOf(person)).mapToObj(i -> {
            long id = ITEM + (long) person * ITEM_STRIDE + i;
            String[] kind = ITEM_KINDS[i % ITEM_KINDS.length];
            JsonArrayBuilder fields = JSON.createArrayBuilder()
                    .add(field("Status", i % 2 == 0 ? "Assessed" : "Received"))
                    .add(field("Received on", requestReceived(person).minusDays(60 + i).toString()))
                    .add(field("Notes", "Seeded item " + i + " of the response"))
                    .add(field("About", "Your application for " + ROLES.get(i % ROLES.size())));
            return new Object[] {id, 0L, REQUEST + person, kind[0], kind[1], Long.toString(id),
                EncryptedColumns.REVIEW_ITEM_CONTENT.seal(fields.build().toString(), id).ciphertext(),
                open ? null : "DISCLOSE", open ? null : DPM, open ? null : decided};
        });
    }

    Object[] breach(int b) {
        OffsetDateTime aware = today.minusDays(3L * b + 5).atTime(10, 0).atOffset(ZoneOffset.UTC);
        boolean closed = b > 0;
        return new Object[] {BREACH + b, 0L, "Letters sent to the wrong addresses (" + (b + 1) + ")",
            aware.minusDays(1), aware, "A recipient rang to say so", "A mail merge paired " + PEOPLE_PER_BREACH
                + " letters with the wrong envelopes.", "Mail merge", "Names, addresses, application status",
            "Applicants", PEOPLE_PER_BREACH, PEOPLE_PER_BREACH, "REMOTE", "MINIMAL", "NO_RISK", false,
            "The letters were returned unopened; no one was put at risk.", DPM, aware.plusHours(20),
            closed ? aware.plusDays(10) : null, closed ? DPM : null, aware, DPM, aware.plusHours(20), DPM};
    }

    Object[] breachNature(int b) {
        return new Object[] {BREACH + b, "CONFIDENTIALITY"};
    }

    Stream<Object[]> breachSubjects(int b) {
        return IntStream.range(0, Math.min(PEOPLE_PER_BREACH, people - compiled))
                .mapToObj(i -> new Object[] {BREACH + b, (long) compiled + 1 + ((long) b * PEOPLE_PER_BREACH + i)
                        % (people - compiled)});
    }

    private boolean compiled(int person) {
        return person <= compiled;
    }

    private IntStream applicationIndexes(int person) {
        return IntStream.range(0, compiled(person) ? COMPILED_APPLICATIONS : 1 + person % 2);
    }

    private static long application(int person, int j) {
        return APPLICATION + (long) person * APPLICATION_STRIDE + j;
    }

    private int campaign(int person, int j) {
        return (person * 7 + j * 13) % campaigns;
    }

    /** Campaigns open one after another over two years, the last still open. */
    private LocalDate opens(int c) {
        return today.minusDays(720 - (long) c * 700 / campaigns);
    }

    private LocalDate received(int person, int j) {
        return min(opens(campaign(person, j)).plusDays((person + j) % 28));
    }

    private ApplicationStatus status(int person, int j) {
        return compiled(person) ? ApplicationStatus.ASSESSED : STATUSES.get((person + j) % STATUSES.size());
    }

    private static long moved(ApplicationStatus status) {
        return status == ApplicationStatus.RECEIVED ? 0 : 7;
    }

    private boolean hasRequest(int person) {
        return compiled(person) || person % 20 == 0;
    }

    private boolean open(int person) {
        return compiled(person) || person / 20 % 5 == 0;
    }

    private RequestType requestType(int person) {
        return compiled(person) ? RequestType.ACCESS : REQUEST_TYPES.get(person / 20 % REQUEST_TYPES.size());
    }

    private LocalDate requestReceived(int person) {
        if (compiled(person)) {
            return today.minusDays(3);
        }
        return open(person) ? today.minusDays(person / 20 % 25) : today.minusDays(40 + person % 700);
    }

    /** Compiled access and portability requests (not the compiled people's: theirs waits to be compiled). */
    private int itemsOf(int person) {
        if (compiled(person) || !hasRequest(person)) {
            return 0;
        }
        RequestType type = requestType(person);
        return type == RequestType.ACCESS || type == RequestType.PORTABILITY ? ITEMS_PER_REQUEST : 0;
    }

    private LocalDate min(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static JsonObjectBuilder field(String label, String value) {
        return JSON.createObjectBuilder().add("label", label).add("value", value);
    }
}
