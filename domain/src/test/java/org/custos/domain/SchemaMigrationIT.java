package org.custos.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.custos.domain.crypto.AlteredValue;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.KeyRing;
import org.custos.domain.crypto.Sealed;
import org.custos.testsupport.TestPostgres;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The Flyway migrations run on PostgreSQL (production) and on H2 in PostgreSQL mode (embedded default). */
class SchemaMigrationIT {

    /** The embedded default database's settings; the run configuration uses the same URL. */
    static final String H2_URL =
            "jdbc:h2:mem:custos;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private static final Set<String> TABLES = Set.of(
            "core_data_subject", "core_subject_email", "core_subject_category",
            "sec_account", "sec_account_role", "sec_login_throttle", "sec_audit_head", "sec_audit_entry",
            "sec_sensitive_record",
            "prot_purpose", "prot_setting", "prot_breach", "prot_breach_nature", "prot_breach_subject",
            "prot_disclosure",
            "flyway_schema_history");
    private static final LocalDate FIRST_START = LocalDate.of(2025, 3, 31);

    @Test
    void migratesPostgreSqlOnceAndSeedsTheUsualPurposes() throws SQLException {
        migratesOnceAndSeedsTheUsualPurposes(TestPostgres.freshDatabase("schema_migration_it"));
    }

    @Test
    void migratesH2InPostgreSqlModeOnceAndSeedsTheUsualPurposes() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(H2_URL);
        migratesOnceAndSeedsTheUsualPurposes(h2);
    }

    @Test
    void breachTimesKeptInLondonTimeBecomeTheInstantsTheyWereOnPostgreSql_X5() throws SQLException {
        breachTimesKeptInLondonTimeBecomeTheInstantsTheyWere(TestPostgres.freshDatabase("breach_times_it"),
                Instant.parse("2025-10-26T01:30:00Z"));
    }

    @Test
    void breachTimesKeptInLondonTimeBecomeTheInstantsTheyWereOnH2_X5() throws SQLException {
        DataSource h2 = h2("breach_times");
        breachTimesKeptInLondonTimeBecomeTheInstantsTheyWere(h2, Instant.parse("2025-10-26T00:30:00Z"));
    }

    /**
     * V16: a summer time, a winter time, and a time in the hour the autumn change repeats, which PostgreSQL reads
     * as winter time and H2 as summer time ({@code repeatedHour}).
     */
    private static void breachTimesKeptInLondonTimeBecomeTheInstantsTheyWere(DataSource database,
            Instant repeatedHour) throws SQLException {
        Schema.migrations(database, FIRST_START).target("15").load().migrate();
        execute(database, "insert into prot_breach (id, version, summary, occurred_at, aware_at, description,"
                + " data_categories, likelihood, severity, risk, created_at, created_by, updated_at, updated_by)"
                + " values (1, 0, 'Lost laptop', timestamp '2025-10-26 01:30:00', timestamp '2025-10-25 12:00:00',"
                + " 'Left on a train', 'Names', 'LIKELY', 'SEVERE', 'HIGH_RISK', timestamp '2025-10-25 12:00:00',"
                + " 'dpm', timestamp '2025-12-01 09:00:00', 'dpm')");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of(Instant.parse("2025-10-25T11:00:00Z"), repeatedHour,
                Instant.parse("2025-12-01T09:00:00Z")), instants(database,
                        "select aware_at, occurred_at, updated_at from prot_breach where id = 1"));
        assertEquals(Set.of("timestamp with time zone"), strings(database, "select distinct lower(data_type)"
                + " from information_schema.columns where lower(table_name) = 'prot_breach'"
                + " and lower(column_name) like '%_at'"));
    }

    /** A fresh in-memory H2 database of its own, opened as the run command opens its file. */
    private static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(H2_URL.replace("mem:custos", "mem:" + name));
        return h2;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<Instant> instants(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            List<Instant> instants = new ArrayList<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                instants.add(row.getObject(i, OffsetDateTime.class).toInstant());
            }
            return instants;
        }
    }

    private static void migratesOnceAndSeedsTheUsualPurposes(DataSource database) throws SQLException {
        Schema.migrate(database, FIRST_START);

        Set<String> tables = strings(database,
                "select table_name from information_schema.tables where lower(table_schema) = 'public'");
        assertTrue(tables.containsAll(TABLES), () -> "missing tables: " + missing(tables));
        assertEquals(List.of("8"), column(database, "select count(*) from prot_purpose where seeded_default"));
        assertEquals(List.of("2026-03-31"), column(database, "select distinct review_date from prot_purpose"));
        List<String> history = column(database,
                "select installed_rank || ':' || version || ':' || checksum || ':' || success"
                        + " from flyway_schema_history order by installed_rank");

        // Every later start migrates again, on another day: nothing may change, nor fail validation.
        Schema.migrate(database, FIRST_START.plusDays(40));

        assertEquals(history, column(database,
                "select installed_rank || ':' || version || ':' || checksum || ':' || success"
                        + " from flyway_schema_history order by installed_rank"));
        assertEquals(List.of("8"), column(database, "select count(*) from prot_purpose"));
        assertEquals(List.of("2026-03-31"), column(database, "select distinct review_date from prot_purpose"));
        // Ids that EclipseLink generates start above the seeded ones.
        assertEquals(List.of("150"), column(database, "select nextval('prot_purpose_seq')"));
    }

    @Test
    void namesAndCampaignsStoredBeforeFoldingAreFoldedForSearchOnPostgreSql() throws SQLException {
        rowsStoredBeforeFoldingAreFolded(TestPostgres.freshDatabase("folded_search_text_it"));
    }

    @Test
    void namesAndCampaignsStoredBeforeFoldingAreFoldedForSearchOnH2() throws SQLException {
        DataSource h2 = h2("folded_search_text");
        rowsStoredBeforeFoldingAreFolded(h2);
    }

    /** Migration 19 folds what earlier versions kept lower-cased only, so that "Zoe Nunez" finds "Zoë Ñúñez". */
    private static void rowsStoredBeforeFoldingAreFolded(DataSource database) throws SQLException {
        migrateToJustBefore("19", database);
        execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by) values (1, 0,"
                + " 'Zoë', 'Ñúñez-Łódź', 'zoë ñúñez-łódź', false, false, current_timestamp, 'hr',"
                + " current_timestamp, 'hr')");
        execute(database, "insert into rec_campaign (id, version, title, job_role, opens_on, closes_on, created_by,"
                + " created_at) values (1, 0, 'Café  Staff', 'Encyclopædia Editor', date '2025-01-06',"
                + " date '2025-02-06', 'hr', current_timestamp)");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of("zoe nunez-lodz"), column(database, "select search_name from core_data_subject"));
        assertEquals(List.of("cafe staff encyclopaedia editor"),
                column(database, "select search_text from rec_campaign"));
    }

    @Test
    void talentPoolAndMarketingConsentsMoveOntoTheLedgerStillInForceOnPostgreSql_L2_R1() throws SQLException {
        consentsMoveOntoTheLedger(TestPostgres.freshDatabase("consent_ledger_it"));
    }

    @Test
    void talentPoolAndMarketingConsentsMoveOntoTheLedgerStillInForceOnH2_L2_R1() throws SQLException {
        consentsMoveOntoTheLedger(h2("consent_ledger"));
    }

    /**
     * Migrations 63 and 65 (issue 19): an application's talent-pool consent and a contact's marketing consent, as
     * recruitment and relationships kept them, become rows of the consent ledger with the seeded purposes, the notice
     * as the wording, the day and the withdrawal; the old table and columns go, the soft opt-in stays on the contact.
     */
    private static void consentsMoveOntoTheLedger(DataSource database) throws SQLException {
        migrateToJustBefore("63", database);
        for (int id : new int[] {1, 2}) {
            execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                    + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by) values (" + id
                    + ", 0, 'Ann', 'Lee', 'ann lee', false, false, current_timestamp, 'hr', current_timestamp, 'hr')");
        }
        execute(database, "insert into rec_campaign (id, version, title, job_role, opens_on, closes_on, created_by,"
                + " created_at, search_text) values (1, 0, 'Clerk', 'Clerk', date '2026-01-05', date '2026-02-05', 'hr',"
                + " current_timestamp, 'clerk clerk')");
        execute(database, "insert into rec_application (id, version, campaign_id, subject_id, source, received_on,"
                + " status, status_changed_at, created_by, created_at) values (10, 0, 1, 1, 'DIRECT',"
                + " date '2026-01-10', 'REJECTED', current_timestamp, 'hr', current_timestamp)");
        execute(database, "insert into rec_talent_pool_consent (application_id, version, notice, method, given_on,"
                + " recorded_by) values (10, 0, 'Recruitment notice v3', 'EMAIL', date '2026-02-20', 'hr.one')");
        execute(database, "insert into rel_organisation (id, version, name, search_name, client, customer, supplier,"
                + " status, recorded_by, recorded_at) values (20, 0, 'Acme', 'acme', true, false, false, 'ACTIVE',"
                + " 'hr', current_timestamp)");
        execute(database, "insert into rel_contact (id, version, organisation_id, subject_id, kind, added_by,"
                + " added_at, marketing_basis, consent_notice, consent_method, consent_given_on,"
                + " marketing_recorded_by, marketing_withdrawn_on, marketing_withdrawn_by) values (30, 0, 20, 2,"
                + " 'CLIENT', 'hr', current_timestamp, 'CONSENT', 'Newsletter notice v2', 'FORM', date '2026-01-12',"
                + " 'hr.two', date '2026-03-01', 'hr.three')");
        execute(database, "insert into rel_contact (id, version, organisation_id, subject_id, kind, added_by,"
                + " added_at, marketing_basis, similar_offer, opt_out_offered, marketing_recorded_by) values (31, 0,"
                + " 20, 1, 'CLIENT', 'hr', current_timestamp, 'SOFT_OPT_IN', 'Training courses', true, 'hr.two')");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of("1|8|null|Recruitment notice v3|EMAIL|2026-02-20|hr.one|recruitment|10|null",
                "2|7|null|Newsletter notice v2|FORM|2026-01-12|hr.two|relationships|30|2026-03-01 ? hr.three"),
                column(database, "select subject_id || '|' || purpose_id || '|' || coalesce(cast(notice_version_id"
                        + " as varchar(20)), 'null') || '|' || wording || '|' || method || '|' || given_on || '|'"
                        + " || recorded_by || '|' || context || '|' || record_id || '|' || coalesce(withdrawn_on"
                        + " || ' ' || coalesce(withdrawal_method, '?') || ' ' || withdrawal_recorded_by, 'null')"
                        + " from prot_consent order by subject_id"));
        assertEquals(List.of("Talent pool|CONSENT|recruitment"), column(database,
                "select name || '|' || lawful_basis || '|' || context from prot_purpose where id = 8"));
        assertEquals(List.of("CONSENT|null", "SOFT_OPT_IN|Training courses"), column(database,
                "select marketing_basis || '|' || coalesce(similar_offer, 'null') from rel_contact order by id"));
        assertEquals(Set.of(), strings(database, "select table_name from information_schema.tables"
                + " where lower(table_name) = 'rec_talent_pool_consent'"));
        assertEquals(Set.of(), strings(database, "select column_name from information_schema.columns"
                + " where lower(table_name) = 'rel_contact' and lower(column_name) like 'consent%'"));
    }

    @Test
    void applicantsNoticesGivenMoveOntoTheNoticeLedgerOnPostgreSql_N2() throws SQLException {
        applicantsNoticesMoveOntoTheLedger(TestPostgres.freshDatabase("applicant_notices_it"));
    }

    @Test
    void applicantsNoticesGivenMoveOntoTheNoticeLedgerOnH2_N2() throws SQLException {
        applicantsNoticesMoveOntoTheLedger(h2("applicant_notices"));
    }

    /**
     * Migration 68 (issue 19): the day an application recorded the privacy notice given becomes a row of the notices
     * given of the job applicants' notice, against the application, naming no version and no way (given before
     * versions were recorded); an agency's application owed it a month after receipt (the end of a shorter month);
     * an application whose notice was never given moves nothing, nor one of a person the ledger already holds; the
     * column goes.
     */
    private static void applicantsNoticesMoveOntoTheLedger(DataSource database) throws SQLException {
        migrateToJustBefore("68", database);
        for (int id : new int[] {1, 2, 3, 4}) {
            execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                    + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by) values (" + id
                    + ", 0, 'Ann', 'Lee', 'ann lee', false, false, current_timestamp, 'hr', current_timestamp, 'hr')");
        }
        execute(database, "insert into rec_campaign (id, version, title, job_role, opens_on, closes_on, created_by,"
                + " created_at, search_text) values (1, 0, 'Clerk', 'Clerk', date '2026-01-05', date '2026-02-05', 'hr',"
                + " current_timestamp, 'clerk clerk')");
        String application = "insert into rec_application (id, version, campaign_id, subject_id, source, source_name,"
                + " received_on, notice_given_on, status, status_changed_at, created_by, created_at) values ";
        execute(database, application + "(10, 0, 1, 1, 'DIRECT', null, date '2026-01-10', date '2026-01-12',"
                + " 'RECEIVED', current_timestamp, 'hr.one', current_timestamp)");
        execute(database, application + "(11, 0, 1, 2, 'AGENCY', 'Northern Recruiters', date '2026-01-31',"
                + " date '2026-02-10', 'RECEIVED', current_timestamp, 'hr.two', current_timestamp)");
        execute(database, application + "(12, 0, 1, 3, 'REFERRAL', null, date '2026-01-20', null,"
                + " 'RECEIVED', current_timestamp, 'hr.two', current_timestamp)");
        execute(database, application + "(13, 0, 1, 4, 'DIRECT', null, date '2026-01-21', date '2026-01-21',"
                + " 'RECEIVED', current_timestamp, 'hr.two', current_timestamp)");
        execute(database, "insert into prot_notice_given (id, version, subject_id, notice_id, from_person,"
                + " obtained_on, due_on, recorded_by, recorded_at) values (1, 0, 4, 1, true, date '2026-01-22',"
                + " date '2026-01-22', 'hr.three', current_timestamp)");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of(
                "1|1|person|null|2026-01-10|2026-01-10|2026-01-12|null|null|recruitment|10|hr.one",
                "2|1|other|Recruitment agency: Northern Recruiters|2026-01-31|2026-02-28|2026-02-10|null|null"
                        + "|recruitment|11|hr.two",
                "4|1|person|null|2026-01-22|2026-01-22|null|null|null|null|null|hr.three"),
                column(database, "select subject_id || '|' || notice_id || '|' || case when from_person then 'person'"
                        + " else 'other' end || '|' || coalesce(source, 'null') || '|' || obtained_on || '|' || due_on"
                        + " || '|' || coalesce(cast(given_on as varchar(10)), 'null') || '|'"
                        + " || coalesce(cast(notice_version_id as varchar(20)), 'null') || '|' || coalesce(method, 'null')"
                        + " || '|' || coalesce(context, 'null') || '|' || coalesce(cast(record_id as varchar(20)), 'null')"
                        + " || '|' || recorded_by from prot_notice_given order by subject_id"));
        assertEquals(Set.of(), strings(database, "select column_name from information_schema.columns"
                + " where lower(table_name) = 'rec_application' and lower(column_name) = 'notice_given_on'"));
        assertThrows(SQLException.class, () -> execute(database, "insert into prot_notice_given (id, version,"
                + " subject_id, notice_id, notice_version_id, from_person, obtained_on, due_on, given_on, method,"
                + " recorded_by, recorded_at) values (2, 0, 3, 1, null, true, date '2026-01-22', date '2026-01-22',"
                + " date '2026-01-22', 'EMAIL', 'hr', current_timestamp)"), "a way given names its version");
    }

    /**
     * Migration 23 (issue 13): a page of the register, by name or by date of birth, is read from an index in its
     * order, and on PostgreSQL a name or an email is found anywhere in the text through a trigram index. With
     * the other plans priced out, a plan that sorts, or scans to filter, means no index serves it.
     */
    @Test
    void theRegistersOrdersAndTextSearchesAreServedByIndexesOnPostgreSql() throws SQLException {
        DataSource database = TestPostgres.freshDatabase("search_indexes_it");
        Schema.migrate(database, FIRST_START);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            // Enough people, vacuumed, for the planner to see a register rather than an empty table.
            statement.execute("insert into core_data_subject (id, version, given_names, family_name, search_name,"
                    + " date_of_birth, do_not_contact, restricted, created_at, created_by, updated_at, updated_by)"
                    + " select g, 0, 'Given' || g, 'Family' || g, 'given' || g || ' family' || g,"
                    + " date '1950-01-01' + g, false, false, now(), 'hr', now(), 'hr' from generate_series(1, 5000) g");
            statement.execute("insert into core_subject_email (subject_id, email)"
                    + " select g, 'person' || g || '@example.org' from generate_series(1, 5000) g");
            statement.execute("vacuum analyze");
            statement.execute("set enable_seqscan = off");
            statement.execute("set enable_bitmapscan = off");
            for (String order : List.of("family_name, given_names, id", "family_name desc, given_names desc, id desc",
                    "date_of_birth, id", "date_of_birth desc, id desc")) {
                String plan = plan(statement, "explain select id from core_data_subject order by " + order
                        + " limit 25");
                assertTrue(plan.contains("Index") && !plan.contains("Sort"), () -> order + ": " + plan);
            }
            statement.execute("set enable_bitmapscan = on");
            String byName = plan(statement, "explain select id from core_data_subject where search_name like '%ada%'");
            assertTrue(byName.contains("core_data_subject_search_trgm_idx"), byName);
            String byEmail = plan(statement, "explain select subject_id from core_subject_email where email like '%ada%'");
            assertTrue(byEmail.contains("core_subject_email_trgm_idx"), byEmail);
        }
    }

    @Test
    void theRegistersOrdersAreServedByIndexesOnH2() throws SQLException {
        DataSource h2 = h2("search_indexes");
        Schema.migrate(h2, FIRST_START);
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            for (String order : List.of("family_name, given_names, id", "date_of_birth, id")) {
                String plan = plan(statement, "explain select id from core_data_subject order by " + order
                        + " limit 25");
                assertTrue(plan.contains("index sorted"), () -> order + ": " + plan);
            }
        }
    }

    private static String plan(Statement statement, String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet row = statement.executeQuery(explain)) {
            while (row.next()) {
                plan.append(row.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    @Test
    void documentNamesStoredInPlainTextAreEncryptedAndBoundToTheirRecordOnPostgreSql_X3() throws SQLException {
        documentNamesStoredInPlainTextAreEncrypted(TestPostgres.freshDatabase("encrypted_document_names_it"));
    }

    @Test
    void documentNamesStoredInPlainTextAreEncryptedAndBoundToTheirRecordOnH2_X3() throws SQLException {
        DataSource h2 = h2("encrypted_document_names");
        documentNamesStoredInPlainTextAreEncrypted(h2);
    }

    /** Migration 22 encrypts the names that earlier versions kept in plain text: they name the person. */
    private static void documentNamesStoredInPlainTextAreEncrypted(DataSource database) throws SQLException {
        migrateToJustBefore("22", database);
        DataKeys.install(new KeyRing("k7", Map.of("k7", KeyRing.newKey())));
        execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by) values (1, 0,"
                + " 'Jane', 'Smith', 'jane smith', false, false, current_timestamp, 'hr', current_timestamp, 'hr')");
        String name = "Jane Smith sick note from Dr Ángel Núñez, St Mary's Hospital, 3 December 2025 (2 of 2).pdf";
        execute(database, "insert into sec_sensitive_record (id, version, subject_id, context, category, purpose_id,"
                + " content, recorded_by, recorded_at, document_name, document_type, document_size, document_sha256)"
                + " select 7, 0, 1, 'register', 'HEALTH', min(id), 'k7:AAAA', 'hr', current_timestamp, '"
                + name.replace("'", "''") + "', 'application/pdf', 10, '" + "0".repeat(64) + "' from prot_purpose");
        execute(database, "insert into sec_sensitive_record (id, version, subject_id, context, category, purpose_id,"
                + " content, recorded_by, recorded_at) select 8, 0, 1, 'register', 'HEALTH', min(id), 'k7:AAAA', 'hr',"
                + " current_timestamp from prot_purpose");

        Schema.migrate(database, FIRST_START);

        List<String> stored = column(database, "select document_name from sec_sensitive_record order by id");
        assertTrue(stored.get(0).startsWith("k7+row:"), stored.get(0));
        assertFalse(stored.get(0).contains("Smith"), stored.get(0));
        assertEquals(name, EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.open(new Sealed(stored.get(0)), 7));
        assertThrows(AlteredValue.class, () -> EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.open(
                new Sealed(stored.get(0)), 8), "bound to its record");
        assertNull(stored.get(1), "a record without a document keeps no name");
    }

    @Test
    void healthDetailsAlreadyHeldForSicknessAbsencesAreKeptByStaffOnPostgreSql_R3() throws SQLException {
        healthDetailsHeldForAbsencesAreKeptByStaff(TestPostgres.freshDatabase("kept_by_context_it"));
    }

    @Test
    void healthDetailsAlreadyHeldForSicknessAbsencesAreKeptByStaffOnH2_R3() throws SQLException {
        healthDetailsHeldForAbsencesAreKeptByStaff(h2("kept_by_context"));
    }

    /**
     * Migration 41: the sensitive records an absence already links to are kept by staff (erased with the absence,
     * ADR 0010 §10); any other stays the security context's to erase with the person.
     */
    private static void healthDetailsHeldForAbsencesAreKeptByStaff(DataSource database) throws SQLException {
        migrateToJustBefore("41", database);
        execute(database, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                + " do_not_contact, restricted, created_at, created_by, updated_at, updated_by) values (1, 0,"
                + " 'Jane', 'Smith', 'jane smith', false, false, current_timestamp, 'hr', current_timestamp, 'hr')");
        for (int id : new int[] {7, 8}) {
            execute(database, "insert into sec_sensitive_record (id, version, subject_id, context, category,"
                    + " purpose_id, content, recorded_by, recorded_at) select " + id + ", 0, 1, '"
                    + (id == 7 ? "staff" : "register") + "', 'HEALTH', min(id), 'k7:AAAA', 'hr', current_timestamp"
                    + " from prot_purpose");
        }
        execute(database, "insert into stf_staff_file (id, version, subject_id, opened_by, opened_at)"
                + " values (1, 0, 1, 'hr', current_timestamp)");
        execute(database, "insert into stf_absence (id, version, staff_file_id, first_day, fit_note_given,"
                + " recorded_by, recorded_at) values (2, 0, 1, date '2025-01-06', true, 'hr', current_timestamp)");
        execute(database, "insert into stf_absence_health (id, version, absence_id, kind, sensitive_record_id,"
                + " recorded_at) values (3, 0, 2, 'FIT_NOTE', 7, current_timestamp)");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of("7 true", "8 false"), column(database, "select id || ' ' || case when kept_by_context"
                + " then 'true' else 'false' end from sec_sensitive_record order by id"));
    }

    /**
     * Migration 55: a processor's people are the register's categories chosen on its form; what was typed for them
     * before is kept as its note, which a processor recorded since may leave empty.
     */
    @Test
    void thePeopleTypedForAProcessorBeforeMigration55AreKeptAsItsNote_X4() throws SQLException {
        DataSource database = TestPostgres.freshDatabase("processor_people_note_it");
        migrateToJustBefore("55", database);
        for (long id : new long[] {1, 2}) {
            execute(database, "insert into rel_organisation (id, version, name, search_name, client, customer,"
                    + " supplier, status, recorded_by, recorded_at) values (" + id + ", 0, 'Org " + id + "', 'org "
                    + id + "', false, false, true, 'ACTIVE', 'hr', current_timestamp)");
        }
        execute(database, "insert into rel_processor (id, version, organisation_id, services, data_categories,"
                + " people_categories, countries, review_on, recorded_by, recorded_at) values (3, 0, 1, 'Payroll',"
                + " 'Pay', 'Staff and their families', 'United Kingdom', date '2027-01-01', 'hr', current_timestamp)");

        Schema.migrate(database, FIRST_START);
        execute(database, "insert into rel_processor (id, version, organisation_id, services, data_categories,"
                + " countries, review_on, recorded_by, recorded_at) values (4, 0, 2, 'Payroll', 'Pay',"
                + " 'United Kingdom', date '2027-01-01', 'hr', current_timestamp)");

        assertEquals(List.of("Staff and their families", "none"), column(database,
                "select coalesce(people_note, 'none') from rel_processor order by id"));
    }

    /** Migrates up to the migration before {@code version}, whichever that is. */
    @Test
    void processorsCountriesTypedBeforeMigration53AreReadAsCountryCodesOnPostgreSql() throws SQLException {
        countriesTypedBeforeAreReadAsCodes(TestPostgres.freshDatabase("transfer_countries_it"));
    }

    @Test
    void processorsCountriesTypedBeforeMigration53AreReadAsCountryCodesOnH2() throws SQLException {
        countriesTypedBeforeAreReadAsCodes(h2("transfer_countries"));
    }

    /**
     * Migration 53 reads the countries of processors and sub-processors typed as text into ISO codes with the
     * application's rule, leaving a word that names no country in the text alone, and seeds the adequacy list.
     */
    private static void countriesTypedBeforeAreReadAsCodes(DataSource database) throws SQLException {
        migrateToJustBefore("53", database);
        for (long id : new long[] {1, 2}) {
            execute(database, "insert into rel_organisation (id, version, name, search_name, client, customer,"
                    + " supplier, status, recorded_by, recorded_at) values (" + id + ", 0, 'Org " + id + "', 'org " + id
                    + "', false, false, true, 'ACTIVE', 'hr', current_timestamp)");
        }
        execute(database, "insert into rel_processor (id, version, organisation_id, services, data_categories,"
                + " people_categories, countries, review_on, recorded_by, recorded_at) values (3, 0, 1, 'Payroll',"
                + " 'Pay', 'Staff', 'United Kingdom, india; the cloud', date '2027-01-01', 'hr', current_timestamp)");
        execute(database, "insert into rel_sub_processor (id, version, processor_id, organisation_id, countries,"
                + " recorded_by, recorded_at) values (4, 0, 3, 2, 'USA', 'hr', current_timestamp)");

        Schema.migrate(database, FIRST_START);

        assertEquals(List.of("GB", "IN"), column(database,
                "select country from rel_processor_country where processor_id = 3 order by country"));
        assertEquals(List.of("US"), column(database, "select country from rel_sub_processor_country"));
        assertEquals(List.of("45"), column(database, "select count(*) from rel_adequate_country"));
        assertEquals(List.of("The UK extension to the Data Privacy Framework: organisations certified for it only."),
                column(database, "select conditions from rel_adequate_country where country = 'US'"));
    }

    private static void migrateToJustBefore(String version, DataSource database) {
        MigrationVersion next = MigrationVersion.fromVersion(version);
        Schema.migrations(database, FIRST_START).target(Arrays.stream(Schema.migrations(database, FIRST_START).load()
                .info().all()).map(MigrationInfo::getVersion).filter(known -> known.compareTo(next) < 0)
                .max(MigrationVersion::compareTo).orElseThrow()).load().migrate();
    }

    private static Set<String> missing(Set<String> tables) {
        Set<String> missing = new TreeSet<>(TABLES);
        missing.removeAll(tables);
        return missing;
    }

    private static Set<String> strings(DataSource database, String sql) throws SQLException {
        return new TreeSet<>(column(database, sql));
    }

    private static List<String> column(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
