package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The other contexts' records, in bulk and in proportion to the seeded people: recruitment campaigns (every tenth
 * with the bench hiring manager named on it) and their applications with workflow events, a CV each and
 * assessments; a special-category record each and approvals for every fifth person; rights requests for every
 * twentieth, the access and portability ones compiled into review items; breaches naming 50 people each; a staff
 * file for every tenth person with its engagements, bank details, an emergency contact, checks and now and then an
 * HR case ({@link SeededStaff}); an organisation for every 50 people with two contacts and three services provided
 * ({@link SeededOrganisations}), every second a processor with its conditions and agreement; a complaint for every
 * 100 people, handled by HR or the DPM, with the people it names and its investigation steps
 * ({@link SeededComplaints}); records long past their retention period in the staff, complaints and
 * relationships contexts, and talent-pool consents on some rejected applications ({@link SeededRetention}). About
 * ten records per person, a million at 100,000 people. The first
 * {@code compiled} people instead have exactly the records of the compile figure ({@link SeededHoldings},
 * {@link SeededStaff}) and an open, identity-verified access request each. Encrypted columns are sealed by the
 * application's rule under its key ({@link DataKeyFile} installs it first). Ids are a function of the person, in
 * ranges far above the application's own, and each sequence restarts past them.
 */
final class ContextSeed {

    private static final Map<String, Long> SEQUENCES_RESTART = Map.of("rec_seq", SeededHoldings.REC_NEXT,
            "sec_sensitive_record_seq", SeededHoldings.SENSITIVE_NEXT, "sec_approval_seq", SeededHoldings.APPROVAL_NEXT,
            "prot_request_seq", SeededHoldings.REQUEST_NEXT, "prot_breach_seq", SeededHoldings.BREACH_NEXT,
            "stf_seq", SeededRetention.STAFF_NEXT, "rel_seq", SeededRetention.RELATIONSHIPS_NEXT,
            "cmp_seq", SeededRetention.COMPLAINTS_NEXT);

    private ContextSeed() {
    }

    /** What a seeding took, how many rows it wrote and how many of them are the staff context's. */
    record Seeded(Duration took, long records, long staffRecords) {
    }

    static Seeded seed(Database database, int people, int compiled) throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        SeededHoldings holdings = new SeededHoldings(people, compiled, today);
        AtomicLong records = new AtomicLong();
        long staffRecords;
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            BulkLoad bulk = database.bulk();
            Loader load = (table, columns, rows) -> bulk.load(connection, table, columns,
                    rows.peek(row -> records.incrementAndGet()));
            load.into("rec_campaign", SeededHoldings.CAMPAIGN_COLUMNS,
                    IntStream.range(0, holdings.campaigns()).mapToObj(holdings::campaign));
            load.into("rec_campaign_manager", List.of("campaign_id", "account"), holdings.managers());
            load.into("rec_application", SeededHoldings.APPLICATION_COLUMNS, each(people, holdings::applications));
            load.into("rec_application_event", SeededHoldings.EVENT_COLUMNS, each(people, holdings::events));
            load.into("rec_document", SeededHoldings.DOCUMENT_COLUMNS, each(people, holdings::documents));
            load.into("rec_assessment", SeededHoldings.ASSESSMENT_COLUMNS, each(people, holdings::assessments));
            load.into("prot_consent", SeededRetention.CONSENT_COLUMNS,
                    each(people, holdings::talentPoolConsents));
            load.into("sec_sensitive_record", SeededHoldings.SENSITIVE_COLUMNS, each(people, holdings::sensitive));
            load.into("sec_approval", SeededHoldings.APPROVAL_COLUMNS, each(people, holdings::approvals));
            load.into("prot_rights_request", SeededHoldings.REQUEST_COLUMNS, each(people, holdings::requests));
            load.into("prot_review_item", SeededHoldings.ITEM_COLUMNS, each(people, holdings::reviewItems));
            load.into("prot_breach", SeededHoldings.BREACH_COLUMNS,
                    IntStream.range(0, holdings.breaches()).mapToObj(holdings::breach));
            load.into("prot_breach_nature", List.of("breach_id", "nature"),
                    IntStream.range(0, holdings.breaches()).mapToObj(holdings::breachNature));
            load.into("prot_breach_subject", List.of("breach_id", "subject_id"),
                    IntStream.range(0, holdings.breaches()).boxed().flatMap(holdings::breachSubjects));
            long beforeStaff = records.get();
            seedStaff(load, people, new SeededStaff(people, compiled, today));
            staffRecords = records.get() - beforeStaff;
            seedOrganisations(load, new SeededOrganisations(people, compiled, today));
            seedComplaints(load, new SeededComplaints(people, compiled, today));
            seedLongPast(load, people, new SeededRetention(people, compiled, today));
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, Long> sequence : SEQUENCES_RESTART.entrySet()) {
                    statement.execute("alter sequence " + sequence.getKey() + " restart with " + sequence.getValue());
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
        }
        return new Seeded(Duration.ofNanos(System.nanoTime() - started), records.get(), staffRecords);
    }

    /** Files first (engagements name their line manager's), cases before what hangs on them. */
    private static void seedStaff(Loader load, int people, SeededStaff staff) throws SQLException {
        load.into("stf_staff_file", SeededStaff.FILE_COLUMNS, each(people, staff::files));
        load.into("stf_engagement", SeededStaff.ENGAGEMENT_COLUMNS, each(people, staff::engagements));
        load.into("stf_bank_details", SeededStaff.BANK_COLUMNS, each(people, staff::bankDetails));
        load.into("stf_emergency_contact", SeededStaff.CONTACT_COLUMNS, each(people, staff::emergencyContacts));
        load.into("stf_right_to_work", SeededStaff.RIGHT_TO_WORK_COLUMNS, each(people, staff::rightToWork));
        load.into("stf_document", SeededStaff.DOCUMENT_COLUMNS, each(people, staff::documents));
        load.into("stf_conflict_declaration", SeededStaff.CONFLICT_COLUMNS, each(people, staff::conflicts));
        load.into("stf_security_clearance", SeededStaff.CLEARANCE_COLUMNS, each(people, staff::clearances));
        load.into("stf_case", SeededStaff.CASE_COLUMNS, each(people, staff::cases));
        load.into("stf_case_handler", SeededStaff.HANDLER_COLUMNS, each(people, staff::caseHandlers));
        load.into("stf_case_note", SeededStaff.NOTE_COLUMNS, each(people, staff::caseNotes));
        load.into("stf_case_meeting", SeededStaff.MEETING_COLUMNS, each(people, staff::caseMeetings));
    }

    private static void seedOrganisations(Loader load, SeededOrganisations seeded) throws SQLException {
        load.into("rel_organisation", SeededOrganisations.ORGANISATION_COLUMNS,
                IntStream.range(0, seeded.organisations()).mapToObj(seeded::organisation));
        load.into("rel_contact", SeededOrganisations.CONTACT_COLUMNS, eachOrganisation(seeded, seeded::contacts));
        load.into("rel_service", SeededOrganisations.SERVICE_COLUMNS, eachOrganisation(seeded, seeded::services));
        load.into("rel_processor", SeededOrganisations.PROCESSOR_COLUMNS, eachOrganisation(seeded, seeded::processors));
        load.into("rel_processor_country", SeededOrganisations.PROCESSOR_COUNTRY_COLUMNS,
                eachOrganisation(seeded, seeded::processorCountries));
        load.into("rel_processor_person_category", SeededOrganisations.PROCESSOR_PEOPLE_COLUMNS,
                eachOrganisation(seeded, seeded::peopleHandled));
        load.into("rel_processor_condition", SeededOrganisations.CONDITION_COLUMNS,
                eachOrganisation(seeded, seeded::conditions));
        load.into("rel_agreement_version", SeededOrganisations.AGREEMENT_COLUMNS,
                eachOrganisation(seeded, seeded::agreements));
        load.into("rel_agreement_term", SeededOrganisations.TERM_COLUMNS,
                eachOrganisation(seeded, seeded::agreementTerms));
    }

    private static void seedComplaints(Loader load, SeededComplaints seeded) throws SQLException {
        load.into("cmp_complaint", SeededComplaints.COMPLAINT_COLUMNS,
                IntStream.range(0, seeded.complaints()).mapToObj(seeded::complaint));
        load.into("cmp_handler", SeededComplaints.HANDLER_COLUMNS, eachComplaint(seeded, seeded::handlers));
        load.into("cmp_person_named", SeededComplaints.PERSON_NAMED_COLUMNS,
                eachComplaint(seeded, seeded::peopleNamed));
        load.into("cmp_note", SeededComplaints.NOTE_COLUMNS, eachComplaint(seeded, seeded::notes));
    }

    /** Records long past their retention period, for the retention run ({@link SeededRetention}). */
    private static void seedLongPast(Loader load, int people, SeededRetention seeded) throws SQLException {
        load.into("stf_staff_file", SeededStaff.FILE_COLUMNS, each(people, seeded::staffFiles));
        load.into("stf_engagement", SeededStaff.ENGAGEMENT_COLUMNS, each(people, seeded::engagements));
        load.into("cmp_complaint", SeededComplaints.COMPLAINT_COLUMNS,
                IntStream.range(0, seeded.oldComplaints()).mapToObj(seeded::complaint));
        load.into("cmp_handler", SeededComplaints.HANDLER_COLUMNS,
                IntStream.range(0, seeded.oldComplaints()).boxed().flatMap(seeded::handlers));
        load.into("rel_organisation", SeededOrganisations.ORGANISATION_COLUMNS,
                IntStream.range(0, seeded.endedOrganisations()).mapToObj(seeded::organisation));
        load.into("rel_contact", SeededOrganisations.CONTACT_COLUMNS,
                IntStream.range(0, seeded.endedOrganisations()).boxed().flatMap(seeded::contacts));
    }

    private static Stream<Object[]> eachComplaint(SeededComplaints seeded,
            java.util.function.IntFunction<Stream<Object[]>> rows) {
        return IntStream.range(0, seeded.complaints()).boxed().flatMap(rows::apply);
    }

    private static Stream<Object[]> eachOrganisation(SeededOrganisations seeded,
            java.util.function.IntFunction<Stream<Object[]>> rows) {
        return IntStream.range(0, seeded.organisations()).boxed().flatMap(rows::apply);
    }

    /** Every seeded person's rows of one table, person by person. */
    private static Stream<Object[]> each(int people, java.util.function.IntFunction<Stream<Object[]>> rows) {
        return IntStream.rangeClosed(1, people).boxed().flatMap(rows::apply);
    }

    @FunctionalInterface
    private interface Loader {
        void into(String table, List<String> columns, Stream<Object[]> rows) throws SQLException;
    }
}
