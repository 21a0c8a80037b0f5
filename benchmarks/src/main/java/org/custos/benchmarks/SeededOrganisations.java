package org.custos.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.SearchText;

/**
 * What the seeded people are to the relationships context, as rows (ids a function of the organisation, each table
 * in its own range of the one {@code rel_seq}): an organisation for every 50 people, 2,000 at 100,000, a client, a
 * customer or a supplier in turn, every third also a supplier, one in five ended and one in ten prospective; two
 * contacts each (people of the register past the compiled ones, whose records the compile figure counts, a person
 * at most once) and three services provided, the last naming the first contact.
 */
final class SeededOrganisations {

    static final long RELATIONSHIPS_NEXT = 130_000_000L;

    static final List<String> ORGANISATION_COLUMNS = List.of("id", "version", "name", "search_name", "client",
            "customer", "supplier", "registration_number", "address", "website", "relationship_start",
            "relationship_end", "status", "notes", "recorded_by", "recorded_at");
    static final List<String> CONTACT_COLUMNS = List.of("id", "version", "organisation_id", "subject_id", "kind",
            "role", "work_email", "work_phone", "starts_on", "ends_on", "added_by", "added_at");
    static final List<String> SERVICE_COLUMNS = List.of("id", "version", "organisation_id", "description",
            "provided_on", "contact_subject_id", "recorded_by", "recorded_at");

    private static final long ORGANISATION = 10_000_000L;
    private static final long CONTACT = 20_000_000L;
    private static final long SERVICE = 30_000_000L;
    private static final int PEOPLE_PER_ORGANISATION = 50;
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

    /** How many organisations; at least one, so that a smoke-size register has a list to page. */
    int organisations() {
        return Math.max(1, people / PEOPLE_PER_ORGANISATION);
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
