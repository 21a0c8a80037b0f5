package org.custos.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseNoteKind;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.domain.shared.Sha256;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.shared.WarningLevel;

/**
 * What the seeded staff hold in the staff context, as rows (ids a function of the person, each table in its own
 * range of the one {@code stf_seq}). A staff file for every tenth person: 1 to 3 engagement rows (the latest is
 * current; every fourth file a leaver, its last row with the leaving date, in the last five months, and the
 * reason), a line manager (the file of the first person of their block of 80, or of person 80 below it), bank
 * details sealed by the application's rule, an emergency contact (another person in the register, not a compiled
 * one), a right-to-work check (time-limited for every fifth file, a copy of the document for every second), a
 * conflict declaration on one file in 20, a clearance on one in 25, and an HR case on one in 50 (two notes, a
 * meeting, a decision with a warning that expires in a year, the bench HR account as handler). A compiled person
 * (the first {@code compiled}) has a file with 3 engagements, the bank details, 2 emergency contacts, a check with
 * its copy, a declaration, a clearance and a case with two notes and a meeting: 15 records of the 50 the compile
 * figure reads ({@link SeededHoldings}).
 */
final class SeededStaff {

    static final long STAFF_NEXT = 120_000_000L;

    static final List<String> FILE_COLUMNS = List.of("id", "version", "subject_id", "opened_by", "opened_at");
    static final List<String> ENGAGEMENT_COLUMNS = List.of("id", "version", "staff_file_id", "engagement_type",
            "job_title", "department", "line_manager_file_id", "place_of_work", "contract_type", "weekly_hours",
            "start_date", "probation_end", "leaving_date", "leaving_reason", "recorded_by", "recorded_at", "latest");
    static final List<String> BANK_COLUMNS = List.of("staff_file_id", "version", "account_holder", "sort_code",
            "account_number", "recorded_by", "recorded_at");
    static final List<String> CONTACT_COLUMNS = List.of("id", "version", "staff_file_id", "subject_id",
            "relationship");
    static final List<String> RIGHT_TO_WORK_COLUMNS = List.of("id", "version", "staff_file_id", "checked_on",
            "checked_by", "permission", "expires_on", "recorded_by", "recorded_at");
    static final List<String> DOCUMENT_COLUMNS = List.of("id", "version", "staff_file_id", "right_to_work_id",
            "kind", "file_name", "media_type", "size_bytes", "sha256", "content", "uploaded_by", "uploaded_at");
    static final List<String> CONFLICT_COLUMNS = List.of("id", "version", "staff_file_id", "declared_on", "what",
            "reviewed_by", "reviewed_on", "outcome", "recorded_by", "recorded_at");
    static final List<String> CLEARANCE_COLUMNS = List.of("id", "version", "staff_file_id", "clearance_level",
            "vetting_body", "granted_on", "expires_on", "recorded_by", "recorded_at");
    static final List<String> CASE_COLUMNS = List.of("id", "version", "staff_file_id", "kind", "opened_on",
            "summary", "about_account", "outcome", "decided_on", "warning_level", "warning_expires_on",
            "summarised_on", "opened_by", "opened_at");
    static final List<String> HANDLER_COLUMNS = List.of("case_id", "account");
    static final List<String> NOTE_COLUMNS = List.of("id", "version", "case_id", "kind", "note", "recorded_by",
            "recorded_at");
    static final List<String> MEETING_COLUMNS = List.of("id", "version", "case_id", "held_on", "attendees", "notes",
            "recorded_by", "recorded_at");

    private static final long FILE = 10_000_000L;
    private static final long ENGAGEMENT = 20_000_000L;
    private static final long CONTACT = 30_000_000L;
    private static final long RIGHT_TO_WORK = 40_000_000L;
    private static final long DOCUMENT = 50_000_000L;
    private static final long CONFLICT = 60_000_000L;
    private static final long CLEARANCE = 70_000_000L;
    private static final long CASE = 80_000_000L;
    private static final long NOTE = 90_000_000L;
    private static final long MEETING = 100_000_000L;
    private static final int STRIDE = 4;
    private static final int STAFF_EVERY = 10;
    private static final int MANAGED_BLOCK = 80;
    private static final String HR = BenchAccount.HR;
    private static final List<String> TITLES = List.of("Office Manager", "Software Developer", "Care Assistant",
            "Accountant", "Warehouse Operative", "Staff Nurse", "Teacher", "Sales Adviser");
    private static final List<String> DEPARTMENTS = List.of("Operations", "Finance", "Care", "Technology",
            "Sales");
    private static final List<String> RELATIONSHIPS = List.of("Partner", "Parent", "Sibling", "Friend");
    private static final HrCaseKind[] CASE_KINDS = HrCaseKind.values();
    private static final WarningLevel[] WARNINGS = WarningLevel.values();

    private final int people;
    private final int compiled;
    private final LocalDate today;

    SeededStaff(int people, int compiled, LocalDate today) {
        this.people = people;
        this.compiled = compiled;
        this.today = today;
    }

    Stream<Object[]> files(int person) {
        return hasFile(person) ? Stream.<Object[]>of(new Object[] {file(person), 0L, (long) person, HR,
            started(person).atTime(9, 0)}) : Stream.empty();
    }

    Stream<Object[]> engagements(int person) {
        int count = engagementCount(person);
        Long manager = manager(person);
        return IntStream.range(0, count).mapToObj(i -> {
            boolean left = leaver(person) && i == count - 1;
            LocalDateTime recorded = left ? today.minusDays(person % 150).atTime(10, 0) : recorded(person, i);
            return new Object[] {ENGAGEMENT + (long) person * STRIDE + i, 0L, file(person),
                (person / STAFF_EVERY + i) % 7 == 0 ? EngagementType.CONTRACTOR.name() : EngagementType.EMPLOYEE.name(),
                TITLES.get((person / STAFF_EVERY + i) % TITLES.size()),
                DEPARTMENTS.get(person / STAFF_EVERY % DEPARTMENTS.size()), manager, "Head office, Leeds",
                i == 0 ? "Fixed term" : "Permanent", 37, started(person), started(person).plusMonths(6),
                left ? recorded.toLocalDate() : null, left ? "Resigned to take up a post elsewhere" : null, HR,
                recorded, i == count - 1};
        });
    }

    Stream<Object[]> bankDetails(int person) {
        if (!hasFile(person)) {
            return Stream.empty();
        }
        long file = file(person);
        String sortCode = String.format(Locale.ROOT, "%02d-%02d-%02d", person % 100, person / 100 % 100,
                person / 10_000 % 100);
        String accountNumber = String.format(Locale.ROOT, "%08d", person * 37L % 100_000_000L);
        return Stream.<Object[]>of(new Object[] {file, 0L,
            EncryptedColumns.STAFF_ACCOUNT_HOLDER.seal("Account holder of staff file " + file, file).ciphertext(),
            EncryptedColumns.STAFF_SORT_CODE.seal(sortCode, file).ciphertext(),
            EncryptedColumns.STAFF_ACCOUNT_NUMBER.seal(accountNumber, file).ciphertext(), HR,
            started(person).atTime(9, 30)});
    }

    Stream<Object[]> emergencyContacts(int person) {
        int count = !hasFile(person) ? 0 : compiled(person) ? 2 : 1;
        return IntStream.range(0, count).mapToObj(i -> new Object[] {CONTACT + (long) person * STRIDE + i, 0L,
            file(person), contact(person, i), RELATIONSHIPS.get((person / STAFF_EVERY + i) % RELATIONSHIPS.size())});
    }

    Stream<Object[]> rightToWork(int person) {
        if (!hasFile(person)) {
            return Stream.empty();
        }
        boolean limited = !compiled(person) && person / STAFF_EVERY % 5 == 0;
        LocalDate checked = started(person).minusDays(3);
        return Stream.<Object[]>of(new Object[] {check(person), 0L, file(person), checked,
            "HR, in person with the original passport",
            (limited ? RightToWorkPermission.TIME_LIMITED : RightToWorkPermission.UNLIMITED).name(),
            limited ? today.plusDays(30 + person % 700) : null, HR, checked.atTime(14, 0)});
    }

    Stream<Object[]> documents(int person) {
        if (!hasFile(person) || !compiled(person) && person / STAFF_EVERY % 2 == 1) {
            return Stream.empty();
        }
        long id = DOCUMENT + (long) person * STRIDE;
        byte[] content = ("%PDF-1.4\n% passport copy for the right-to-work check of staff file " + file(person)
                + "\n").getBytes(StandardCharsets.US_ASCII);
        return Stream.<Object[]>of(new Object[] {id, 0L, file(person), check(person),
            StaffDocumentKind.RIGHT_TO_WORK.name(), "right-to-work-" + id + ".pdf", "application/pdf",
            (long) content.length, Sha256.hex(content), content, HR, started(person).minusDays(3).atTime(14, 5)});
    }

    Stream<Object[]> conflicts(int person) {
        if (!hasFile(person) || !compiled(person) && person / STAFF_EVERY % 20 != 7) {
            return Stream.empty();
        }
        LocalDate declared = started(person).plusDays(20);
        return Stream.<Object[]>of(new Object[] {CONFLICT + person, 0L, file(person), declared,
            "A family member is a director of a supplier", "Head of Finance", declared.plusDays(7),
            "No part in choosing or paying that supplier", HR, declared.atTime(11, 0)});
    }

    Stream<Object[]> clearances(int person) {
        if (!hasFile(person) || !compiled(person) && person / STAFF_EVERY % 25 != 3) {
            return Stream.empty();
        }
        LocalDate granted = started(person).plusDays(40);
        return Stream.<Object[]>of(new Object[] {CLEARANCE + person, 0L, file(person), "Security Check",
            "United Kingdom Security Vetting", granted, granted.plusYears(7), HR, granted.atTime(12, 0)});
    }

    Stream<Object[]> cases(int person) {
        if (!hasCase(person)) {
            return Stream.empty();
        }
        LocalDate opened = caseOpened(person);
        LocalDate decided = opened.plusDays(21);
        return Stream.<Object[]>of(new Object[] {CASE + person, 0L, file(person),
            CASE_KINDS[person / STAFF_EVERY % CASE_KINDS.length].name(), opened,
            "Repeated late arrivals on early shifts over two months", null,
            "A warning, with support to plan travel for early shifts", decided,
            WARNINGS[person / STAFF_EVERY % WARNINGS.length].name(), decided.plusYears(1), null, HR,
            opened.atTime(10, 0)});
    }

    Stream<Object[]> caseHandlers(int person) {
        return hasCase(person) ? Stream.<Object[]>of(new Object[] {CASE + person, HR}) : Stream.empty();
    }

    Stream<Object[]> caseNotes(int person) {
        if (!hasCase(person)) {
            return Stream.empty();
        }
        LocalDate opened = caseOpened(person);
        return Stream.of(new Object[] {NOTE + (long) person * STRIDE, 0L, CASE + person,
            HrCaseNoteKind.ALLEGATION.name(), "The shift lead reported eight late arrivals since the rota changed.",
            HR, opened.atTime(10, 30)},
            new Object[] {NOTE + (long) person * STRIDE + 1, 0L, CASE + person, HrCaseNoteKind.INVESTIGATION.name(),
                "The rota shows the early shifts began before the first bus; the lateness is 10 to 20 minutes.",
                HR, opened.plusDays(7).atTime(15, 0)});
    }

    Stream<Object[]> caseMeetings(int person) {
        if (!hasCase(person)) {
            return Stream.empty();
        }
        LocalDate held = caseOpened(person).plusDays(14);
        return Stream.<Object[]>of(new Object[] {MEETING + person, 0L, CASE + person, held,
            "The member of staff, their companion, the shift lead and HR",
            "The member of staff explained the bus times; options for travel were discussed.", HR,
            held.atTime(16, 0)});
    }

    private boolean compiled(int person) {
        return person <= compiled;
    }

    private boolean hasFile(int person) {
        return compiled(person) || person % STAFF_EVERY == 0;
    }

    private boolean hasCase(int person) {
        return hasFile(person) && (compiled(person) || person / STAFF_EVERY % 50 == 13);
    }

    private boolean leaver(int person) {
        return !compiled(person) && person / STAFF_EVERY % 4 == 1;
    }

    private int engagementCount(int person) {
        return !hasFile(person) ? 0 : compiled(person) ? 3 : 1 + person / STAFF_EVERY % 3;
    }

    private static long file(int person) {
        return FILE + person;
    }

    private static long check(int person) {
        return RIGHT_TO_WORK + person;
    }

    /** The first staff person of the block of 80 a person is in (of the first block, below 80); heads have none. */
    private Long manager(int person) {
        int manager = Math.max(MANAGED_BLOCK, person / MANAGED_BLOCK * MANAGED_BLOCK);
        return manager == person || manager > people ? null : file(manager);
    }

    /** Another person of the register, not a compiled one (whose records are counted). */
    private long contact(int person, int i) {
        int others = people - compiled;
        long contact = compiled + 1 + ((long) person * 31 + i * 7L) % others;
        return contact == person ? compiled + 1 + contact % others : contact;
    }

    /**
     * Files opened over the last seven years; each engagement row four months after the one before, but a leaver's
     * last, recorded on the leaving day, in the last five months.
     */
    private LocalDate started(int person) {
        return today.minusDays(400 + (person * 7L) % 2_200);
    }

    private LocalDateTime recorded(int person, int i) {
        return started(person).plusDays(120L * i).atTime(10, 0);
    }

    private LocalDate caseOpened(int person) {
        return today.minusDays(60 + person % 200);
    }
}
