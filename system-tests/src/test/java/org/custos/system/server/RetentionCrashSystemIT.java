package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.Role;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.retention.api.DecisionOutcome;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.retention.api.RetentionReview;
import org.custos.protection.retention.api.RetentionRuns;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestPostgres;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulk destroy cut short by a crash, on Payara Server with PostgreSQL (R6): people with due records in two
 * contexts (staff files of leavers, unsuccessful applications) are found by the retention run and decided DESTROY in
 * bulk by the DPM; while the decisions are being carried out the server is killed with kill -9 and started again,
 * and the server carries out the rest by itself at its start, with no one signed in. Then every person is erased
 * in each context, each group at once and once (every group of a context erased the same number of records: none
 * was half-erased before the crash and finished after it), every item done by one decision, none lost, the audit
 * names the DPM who decided, and the audit chain holds.
 * <p>
 * Only in the profile {@code faults} (README, "Test"); how many people: {@code custos.retention.crash.people},
 * 1,000 unless set. The steps run in order, the seeding, the kill and the checks from outside the server (the
 * server dies in the middle), the run, the decision and the chain's check inside it. The server is running again
 * when the class ends, for the tests after it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionCrashSystemIT {

    /** The seeded rows' ids start here, far above what the sequences hand out in a test database. */
    private static final long BASE = 7_000_000_000L;
    private static final long ENGAGEMENTS = BASE + 10_000_000L;
    private static final long APPLICATIONS = BASE + 20_000_000L;
    private static final long CAMPAIGN = BASE + 30_000_000L;
    private static final String CONTEXTS = "('staff', 'recruitment')";
    private static final String SEEDED = " subject_id between " + BASE + " and " + (BASE + 9_999_999L);

    private static long decidedAt;

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(RetentionCrashSystemIT.class);
    }

    @EJB
    RetentionRuns runs;

    @EJB
    RetentionReview review;

    @EJB
    AuditTrail audit;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static int people() {
        return Integer.getInteger("custos.retention.crash.people", 1000);
    }

    @Test
    @Order(1)
    @RunAsClient
    void seedPeopleWithDueRecordsInTwoContexts() throws Exception {
        int people = people();
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        LocalDateTime longAgo = today.minusYears(8).atTime(10, 0);
        try (Connection connection = TestPostgres.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "insert into rec_campaign (id, version, title, job_role, opens_on, closes_on, created_by,"
                    + " created_at, search_text) values (?, 0, ?, ?, ?, ?, 'crash-seed', ?, ?)",
                    List.<Object[]>of(new Object[] {CAMPAIGN, "Porter 1", "Porter", today.minusYears(8),
                        today.minusYears(8).plusDays(28), Timestamp.valueOf(longAgo),
                        Campaign.searchText("Porter 1", "Porter")}));
            List<Object[]> subjects = new ArrayList<>();
            List<Object[]> files = new ArrayList<>();
            List<Object[]> engagements = new ArrayList<>();
            List<Object[]> applications = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                long id = BASE + i;
                String family = "Crashed" + i;
                subjects.add(new Object[] {id, "Robin", family, DataSubject.searchName("Robin", family),
                    Timestamp.valueOf(longAgo), Timestamp.valueOf(longAgo)});
                files.add(new Object[] {id, id, Timestamp.valueOf(longAgo)});
                engagements.add(new Object[] {ENGAGEMENTS + i, id, today.minusYears(10), today.minusYears(10)
                    .plusMonths(6), today.minusYears(8), Timestamp.valueOf(longAgo)});
                applications.add(new Object[] {APPLICATIONS + i, CAMPAIGN, id, today.minusYears(8),
                    Timestamp.valueOf(longAgo.plusDays(30)), Timestamp.valueOf(longAgo)});
            }
            batch(connection, "insert into core_data_subject (id, version, given_names, family_name, search_name,"
                    + " address_country, do_not_contact, restricted, created_at, created_by, updated_at, updated_by)"
                    + " values (?, 0, ?, ?, ?, 'United Kingdom', false, false, ?, 'crash-seed', ?, 'crash-seed')",
                    subjects);
            batch(connection, "insert into stf_staff_file (id, version, subject_id, opened_by, opened_at)"
                    + " values (?, 0, ?, 'crash-seed', ?)", files);
            batch(connection, "insert into stf_engagement (id, version, staff_file_id, engagement_type, job_title,"
                    + " department, line_manager_file_id, place_of_work, contract_type, weekly_hours, start_date,"
                    + " probation_end, leaving_date, leaving_reason, recorded_by, recorded_at, latest) values"
                    + " (?, 0, ?, 'EMPLOYEE', 'Porter', 'Estates', null, 'Head office, Leeds', 'Permanent', 37, ?, ?,"
                    + " ?, 'Resigned to take up a post elsewhere', 'crash-seed', ?, true)", engagements);
            batch(connection, "insert into rec_application (id, version, campaign_id, subject_id, source,"
                    + " received_on, status, status_changed_at, closing_reason, created_by,"
                    + " created_at) values (?, 0, ?, ?, 'DIRECT', ?, 'REJECTED', ?, 'Another applicant had more"
                    + " of the experience asked for', 'crash-seed', ?)", applications);
            try (PreparedStatement size = connection.prepareStatement(
                    "update core_register_size set people = people + ?")) {
                size.setInt(1, people);
                size.executeUpdate();
            }
            connection.commit();
        }
        System.out.printf("Retention crash: %d people seeded in %d ms%n", people, millisSince(started));
    }

    @Test
    @Order(2)
    void theRunQueuesThemAndTheDpmDecidesToDestroyAllInBulk_R6() throws Exception {
        int people = people();
        Callers.as(Role.DPM, () -> runs.runNow());
        for (int tries = 0; tries < 1200 && running(); tries++) {
            Thread.sleep(250);
        }
        assertTrue(!running(), "The retention run did not finish");
        List<Long> items = Sql.column(database, "select id from prot_retention_item where context in " + CONTEXTS
                + " and state = 'WAITING' and" + SEEDED + " order by id").stream().map(Long::valueOf).toList();
        assertEquals(2 * people, items.size(), "one staff file and one application due for each person");
        for (int from = 0; from < items.size(); from += 5000) {
            List<Long> chunk = items.subList(from, Math.min(items.size(), from + 5000));
            DecisionOutcome decided = Callers.as(Role.DPM, () -> review.decide(chunk, RetentionAction.DESTROY));
            assertEquals(chunk.size(), decided.decided(), decided.refused().toString());
        }
    }

    private boolean running() throws SQLException {
        return !Sql.column(database, "select id from prot_retention_run where state = 'RUNNING'").isEmpty();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theServerIsKilledWhileTheDecisionsAreCarriedOutAndStartedAgain_R6() throws Exception {
        int groups = 2 * people();
        DataSource data = TestPostgres.dataSource();
        long quarter = Math.max(1, groups / 4);
        long done = 0;
        for (int tries = 0; tries < 30_000 && done < quarter; tries++) {
            done = count(data, "select count(*) from prot_retention_item where state = 'DONE' and" + SEEDED);
            if (done < quarter) {
                Thread.sleep(20);
            }
        }
        assertTrue(done > 0 && done < groups, "the carrying out had done " + done + " of " + groups
                + " groups: the kill must come in the middle");
        long killing = System.nanoTime();
        PayaraServerSession.killServer();
        long atKill = count(data, "select count(*) from prot_retention_item where state = 'DONE' and" + SEEDED);
        PayaraServerSession.startAgain();
        System.out.printf("Retention crash: killed with %d of %d groups done; the server was down and started again"
                + " in %d ms%n", atKill, groups, millisSince(killing));
        long resumed = System.nanoTime();
        for (int tries = 0; tries < 3600 && waiting(data) > 0; tries++) {
            Thread.sleep(250);
        }
        assertEquals(0, waiting(data), "decisions still waiting after the restart");
        System.out.printf("Retention crash: the rest carried out %d ms after the restart; from the first decision to"
                + " the last carried out: %s%n", millisSince(resumed), Sql.column(data, "select max(d.carried_out_at)"
                        + " - min(d.decided_at) from prot_retention_decision d join prot_retention_item i"
                        + " on i.id = d.item_id where i." + SEEDED.strip()));
    }

    @Test
    @Order(4)
    @RunAsClient
    void everyPersonIsErasedInEachContextAtOnceAndOnceWithTheAuditNamingTheDecider_R6_X2() throws Exception {
        int people = people();
        DataSource data = TestPostgres.dataSource();
        assertEquals(2L * people, count(data, "select count(*) from prot_retention_item where state = 'DONE' and"
                + " context in " + CONTEXTS + " and" + SEEDED), "every item done, none lost or failed");
        assertEquals(0, count(data, "select count(*) from prot_retention_item where state <> 'DONE' and"
                + " context in " + CONTEXTS + " and" + SEEDED));
        assertEquals(List.of(), Sql.column(data, "select i.id from prot_retention_item i where i." + SEEDED.strip()
                + " and i.context in " + CONTEXTS + " and (select count(*) from prot_retention_decision d"
                + " where d.item_id = i.id and d.carried_out_at is not null) <> 1"), "one carried-out decision each");
        assertEquals(List.of("0 0 0"), Sql.column(data, "select (select count(*) from stf_staff_file where"
                + SEEDED + ") || ' ' || (select count(*) from stf_engagement where id >= " + ENGAGEMENTS + " and id < "
                + APPLICATIONS + ") || ' ' || (select count(*) from rec_application where" + SEEDED + ")"),
                "nothing of anyone's staff file or application is left");
        // a group half-erased before the kill and finished after it would have erased fewer records, another hash
        assertEquals(2, count(data, "select count(distinct i.context || ' ' || d.records) from prot_retention_item i"
                + " join prot_retention_decision d on d.item_id = i.id where i." + SEEDED.strip()),
                "each context erased as many records for every person");
        List<String> deciders = Sql.column(data, "select distinct decided_by from prot_retention_decision d"
                + " join prot_retention_item i on i.id = d.item_id where i." + SEEDED.strip());
        assertEquals(List.of(Callers.principal(Role.DPM)), deciders);
        long entries = count(data, "select count(*) from sec_audit_entry where action = 'ERASE' and record_type ="
                + " 'RetentionReviewItem' and outcome = 'SUCCESS' and" + SEEDED + " and detail like '%; decided by "
                + Callers.principal(Role.DPM) + "'");
        // the entry of a group is written just after its commit: the kill may lose the one in flight, no more
        assertTrue(entries >= 2L * people - 1 && entries <= 2L * people, entries + " audit entries for "
                + 2 * people + " groups");
    }

    @Test
    @Order(5)
    void theAuditChainHoldsAfterTheCrash_X2() throws Exception {
        ChainVerification verified = Callers.as(Role.DPM, () -> audit.verifyChain());
        assertTrue(verified.intact(), verified.problem());
    }

    private static long waiting(DataSource data) throws SQLException {
        return count(data, "select count(*) from prot_retention_item where state = 'DECIDED' and" + SEEDED);
    }

    private static long count(DataSource data, String sql) throws SQLException {
        return Long.parseLong(Sql.column(data, sql).get(0));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
