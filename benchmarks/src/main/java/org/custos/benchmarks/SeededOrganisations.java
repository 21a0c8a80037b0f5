package org.custos.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.SearchText;
import org.custos.domain.shared.SubjectCategory;

/**
 * What the seeded people are to the relationships context, as rows (ids a function of the organisation, each table
 * in its own range of the one {@code rel_seq}): an organisation for every 50 people, 2,000 at 100,000, a client, a
 * customer or a supplier in turn, every third also a supplier, one in five ended and one in ten prospective; two
 * contacts each (people of the register past the compiled ones, whose records the compile figure counts, a person
 * at most once) and three services provided, the last naming the first contact. Every second organisation is a
 * processor (X4) handling staff's and applicants' data in the UK (every tenth in India too, without a safeguard, so
 * that the DPM's flag lists them), with four to seven conditions evidenced and a version of its agreement in force
 * (every seventh has a second version awaiting the DPM).
 */
final class SeededOrganisations {

    static final long RELATIONSHIPS_NEXT = 130_000_000L;

    static final List<String> ORGANISATION_COLUMNS = List.of("id", "version", "name", "search_name", "client",
            "customer", "supplier", "registration_number", "address", "website", "relationship_start",
            "relationship_end", "status", "notes", "recorded_by", "recorded_at");
    static final List<String> CONTACT_COLUMNS = List.of("id", "version", "organisation_id", "subject_id", "kind",
            "role", "work_email", "work_phone", "starts_on", "ends_on", "added_by", "added_at");
    static final List<String> PROCESSOR_COLUMNS = List.of("id", "version", "organisation_id", "services",
            "data_categories", "people_note", "countries", "review_on", "recorded_by", "recorded_at");
    static final List<String> PROCESSOR_COUNTRY_COLUMNS = List.of("processor_id", "country");
    static final List<String> PROCESSOR_PEOPLE_COLUMNS = List.of("processor_id", "category");
    static final List<String> CONDITION_COLUMNS = List.of("id", "version", "processor_id", "kind", "evidence",
            "checked_on", "checked_by", "recorded_by", "recorded_at");
    static final List<String> AGREEMENT_COLUMNS = List.of("id", "version", "processor_id", "version_number",
            "document", "starts_on", "ends_on", "notice_days", "state", "proposed_by", "proposed_at", "approved_by",
            "approved_at", "approval_reason", "end_confirmation", "replaced_by");
    static final List<String> TERM_COLUMNS = List.of("agreement_id", "term");
    static final List<String> SERVICE_COLUMNS = List.of("id", "version", "organisation_id", "description",
            "provided_on", "contact_subject_id", "recorded_by", "recorded_at");

    private static final long ORGANISATION = 10_000_000L;
    private static final long CONTACT = 20_000_000L;
    private static final long SERVICE = 30_000_000L;
    private static final long PROCESSOR = 40_000_000L;
    private static final long CONDITION = 50_000_000L;
    private static final long AGREEMENT = 60_000_000L;
    private static final int PEOPLE_PER_ORGANISATION = 50;
    /** Enough for the processor register's second page at the smoke size. */
    private static final int AT_LEAST = 60;
    private static final ProcessorCondition[] CONDITIONS = ProcessorCondition.values();
    private static final List<SubjectCategory> PEOPLE_HANDLED = List.of(SubjectCategory.STAFF,
            SubjectCategory.JOB_APPLICANT);
    private static final int CONTACTS = 2;
    private static final int SERVICES = 3;
    private static final OrganisationKind[] KINDS = OrganisationKind.values();
    private static final List<String> NAMES = List.of("Northwind", "Harbour", "Meridian", "Oakfield", "Pennine",
            "Riverside", "Summit", "Thistle", "Wessex", "Yorvik");
    private static final List<String> TRADES = List.of("Cleaning", "Payroll Services", "Catering", "IT Support",
            "Legal", "Logistics", "Print", "Training");
    private static final List<String> ROLES = List.of("Account manager", "Director", "Finance contact",
            "Operations lead");

    private final int people;
    private final int compiled;
    private final LocalDate today;

    SeededOrganisations(int people, int compiled, LocalDate today) {
        this.people = people;
        this.compiled = compiled;
        this.today = today;
    }

    /** How many organisations; at the smoke size enough for two pages of processors. */
    int organisations() {
        return Math.max(AT_LEAST, people / PEOPLE_PER_ORGANISATION);
    }

    Object[] organisation(int organisation) {
        String name = NAMES.get(organisation % NAMES.size()) + " " + TRADES.get(organisation / NAMES.size()
                % TRADES.size()) + " " + (organisation + 1);
        OrganisationKind kind = kind(organisation);
        boolean supplier = kind == OrganisationKind.SUPPLIER || organisation % 3 == 0;
        RelationshipStatus status = status(organisation);
        LocalDate started = started(organisation);
        return new Object[] {id(organisation), 0L, name, SearchText.folded(name), kind == OrganisationKind.CLIENT,
            kind == OrganisationKind.CUSTOMER, supplier, String.format(Locale.ROOT, "%08d", 1_000_000 + organisation),
            (organisation % 200 + 1) + " High Street, Leeds", "https://example.org/" + (organisation + 1), started,
            status == RelationshipStatus.ENDED ? today.minusDays(30 + organisation % 2_500) : null, status.name(),
            null, BenchAccount.HR, started.atTime(9, 0)};
    }

    Stream<Object[]> contacts(int organisation) {
        return IntStream.range(0, CONTACTS).mapToObj(i -> new Object[] {CONTACT + (long) organisation * CONTACTS + i,
            0L, id(organisation), contact(organisation, i), kind(organisation).name(),
            ROLES.get((organisation + i) % ROLES.size()), "contact" + i + "@org" + (organisation + 1) + ".example",
            String.format(Locale.ROOT, "0113 496 %04d", (organisation * CONTACTS + i) % 10_000),
            started(organisation), null, BenchAccount.HR, started(organisation).atTime(9, 30)});
    }

    Stream<Object[]> services(int organisation) {
        return IntStream.range(0, SERVICES).mapToObj(i -> new Object[] {SERVICE + (long) organisation * SERVICES + i,
            0L, id(organisation), TRADES.get((organisation + i) % TRADES.size()) + " for the year",
            started(organisation).plusMonths(4L * i), i == SERVICES - 1 ? contact(organisation, 0) : null,
            BenchAccount.HR, started(organisation).plusMonths(4L * i).atTime(12, 0)});
    }

    Stream<Object[]> processors(int organisation) {
        if (!processor(organisation)) {
            return Stream.empty();
        }
        LocalDate started = started(organisation);
        return Stream.<Object[]>of(new Object[] {processorId(organisation), 0L, id(organisation),
            "Payroll and HR software, hosted", "Names, contact details, pay and bank details", null,
            abroad(organisation) ? "United Kingdom, India" : "United Kingdom",
            today.plusDays(organisation % 400 - 30), BenchAccount.HR, started.atTime(10, 0)});
    }

    Stream<Object[]> processorCountries(int organisation) {
        if (!processor(organisation)) {
            return Stream.empty();
        }
        return (abroad(organisation) ? Stream.of("GB", "IN") : Stream.of("GB"))
                .map(country -> new Object[] {processorId(organisation), country});
    }

    Stream<Object[]> peopleHandled(int organisation) {
        return processor(organisation) ? PEOPLE_HANDLED.stream()
                .map(category -> new Object[] {processorId(organisation), category.name()}) : Stream.empty();
    }

    Stream<Object[]> conditions(int organisation) {
        int evidenced = processor(organisation) ? CONDITIONS.length - organisation / 2 % 4 : 0;
        LocalDate checked = started(organisation).plusDays(10);
        return IntStream.range(0, evidenced).mapToObj(i -> new Object[] {CONDITION + (long) organisation
            * CONDITIONS.length + i, 0L, processorId(organisation), CONDITIONS[i].name(),
            "Checked against the supplier's contract and security statement", checked, "Office manager",
            BenchAccount.HR, checked.atTime(11, 0)});
    }

    Stream<Object[]> agreements(int organisation) {
        if (!processor(organisation)) {
            return Stream.empty();
        }
        LocalDate started = started(organisation);
        Object[] inForce = {agreementId(organisation, 1), 0L, processorId(organisation), 1,
            "Data processing agreement v1", started, null, 90, AgreementState.IN_FORCE.name(), BenchAccount.HR,
            started.atTime(9, 0), BenchAccount.DPM, started.plusDays(2).atTime(9, 0), null, null, null};
        if (organisation % 7 != 0) {
            return Stream.<Object[]>of(inForce);
        }
        return Stream.of(inForce, new Object[] {agreementId(organisation, 2), 0L, processorId(organisation), 2,
            "Data processing agreement v2", today.plusMonths(1), null, 90, AgreementState.AWAITING_DPM.name(),
            BenchAccount.HR, today.minusDays(organisation % 20).atTime(9, 0), null, null, null, null, null});
    }

    Stream<Object[]> agreementTerms(int organisation) {
        if (!processor(organisation)) {
            return Stream.empty();
        }
        int versions = organisation % 7 == 0 ? 2 : 1;
        return IntStream.rangeClosed(1, versions).boxed().flatMap(number -> Stream.of(AgreementTerm.values())
                .map(term -> new Object[] {agreementId(organisation, number), term.name()}));
    }

    private static boolean processor(int organisation) {
        return organisation % 2 == 0;
    }

    private static boolean abroad(int organisation) {
        return organisation % 10 == 0;
    }

    private static long processorId(int organisation) {
        return PROCESSOR + organisation;
    }

    private static long agreementId(int organisation, int number) {
        return AGREEMENT + (long) organisation * 2 + number - 1;
    }

    private static long id(int organisation) {
        return ORGANISATION + organisation;
    }

    private static OrganisationKind kind(int organisation) {
        return KINDS[organisation % KINDS.length];
    }

    private static RelationshipStatus status(int organisation) {
        return organisation % 5 == 4 ? RelationshipStatus.ENDED
                : organisation % 10 == 3 ? RelationshipStatus.PROSPECTIVE : RelationshipStatus.ACTIVE;
    }

    private LocalDate started(int organisation) {
        return today.minusDays(3_000 + organisation % 2_000);
    }

    /** A person of the register past the compiled ones, each the contact of one organisation at most. */
    private long contact(int organisation, int i) {
        return compiled + 1 + ((long) organisation * CONTACTS + i) % (people - compiled);
    }
}
