package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.Role;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.security.api.DataKeyRotation;
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
 * Erasures across contexts, response compiles and a data-key rotation cut short by kill -9, on Payara Server with
 * PostgreSQL (D3, D5, X3). People with data in the register, staff and recruitment are seeded with an erasure request
 * or an access request each. Some responses are compiled under the first key; then the administrator adds a key and
 * re-encrypts in the background while four DPMs erase people and set responses compiling, and the server is killed
 * while an erasure is under way, responses are "Compiling" and the rotation is half done, then started again. The
 * server finishes by itself, with no one signed in, every erasure the crash cut short (every context's data of such a
 * person gone, each context erased once) and every compile left running (each context copied once): nobody is
 * half-erased, no request stays "Compiling". No review item is lost by the rotation's kill; the rotation does not
 * resume by itself (the administrator re-encrypts again, DataKeyRotation carries on where it stopped).
 * <p>
 * Only in the profile {@code faults} (README, "Test"); how many people: {@code custos.rights.crash.people} erased
 * (200 unless set), as many compiled before the key and three times as many compiled during the kill. Seeding, the
 * kill and every check run from outside the server, the actions of the DPM and the administrator inside it (in the
 * background: the server dies under them). Nothing runs inside the server after the restart: Arquillian's runner
 * answered "No result returned" there in this class's first runs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RightsRequestCrashSystemIT {

    /** The seeded rows' ids start here, far above the sequences and the retention crash test's rows. */
    private static final long BASE = 8_000_000_000L;
    private static final long COMPILED = BASE + 1_000_000L;
    private static final long ENGAGEMENTS = BASE + 10_000_000L;
    private static final long APPLICATIONS = BASE + 20_000_000L;
    private static final long CAMPAIGN = BASE + 30_000_000L;
    private static final long REQUESTS = BASE + 40_000_000L;
    private static final String ERASURES = " r.id between " + REQUESTS + " and " + (REQUESTS + 999_999L);
    private static final String ACCESSES = " r.id between " + (REQUESTS + 1_000_000L) + " and "
            + (REQUESTS + 1_499_999L);
    /** The responses compiled before the key is added: their review items are what the rotation re-encrypts. */
    private static final String ROTATED = " r.id between " + (REQUESTS + 1_500_000L) + " and "
            + (REQUESTS + 1_999_999L);
    private static final String CUT_SHORT = "select count(*) from prot_rights_request r where" + ERASURES
            + " and exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED')"
            + " and not exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action ="
            + " 'ERASED' and o.context = 'register')";
    private static final String FINISHED = "select count(*) from prot_rights_request r where" + ERASURES
            + " and exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED'"
            + " and o.context = 'register')";

    /** Kept on the client between its steps: the key prefixes of the review items before the new key. */
    private static final Set<String> PREFIXES_BEFORE = new HashSet<>();

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(RightsRequestCrashSystemIT.class);
    }

    @EJB
    RequestActions actions;

    @EJB
    ResponseCompilation compilation;

    @EJB
    DataKeyRotation rotation;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    private static int erased() {
        return Integer.getInteger("custos.rights.crash.people", 200);
    }

    private static int compiled() {
        return 3 * erased();
    }

    @Test
    @Order(1)
    @RunAsClient
    void seedPeopleWithAnErasureOrAnAccessRequestEach() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDateTime longAgo = today.minusYears(8).atTime(10, 0);
        try (Connection connection = TestPostgres.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            batch(connection, "insert into rec_campaign (id, version, title, job_role, opens_on, closes_on, created_by,"
                    + " created_at, search_text) values (?, 0, ?, ?, ?, ?, 'crash-seed', ?, ?)",
                    List.<Object[]>of(new Object[] {CAMPAIGN, "Porter 2", "Porter", today.minusYears(8),
                        today.minusYears(8).plusDays(28), Timestamp.valueOf(longAgo),
                        Campaign.searchText("Porter 2", "Porter")}));
            List<Object[]> subjects = new ArrayList<>();
            List<Object[]> files = new ArrayList<>();
            List<Object[]> engagements = new ArrayList<>();
            List<Object[]> applications = new ArrayList<>();
            List<Object[]> requests = new ArrayList<>();
            List<Long> people = new ArrayList<>();
            for (int i = 0; i < erased(); i++) {
                people.add(BASE + i);
            }
            for (int i = 0; i < compiled(); i++) {
                people.add(COMPILED + i);
            }
            for (int i = 0; i < erased(); i++) {
                people.add(COMPILED + 500_000L + i);
            }
            for (int n = 0; n < people.size(); n++) {
                long id = people.get(n);
                boolean erasure = id < COMPILED;
                String family = "Rights" + n;
                subjects.add(new Object[] {id, "Sam", family, DataSubject.searchName("Sam", family),
                    Timestamp.valueOf(longAgo), Timestamp.valueOf(longAgo)});
                files.add(new Object[] {id, id, Timestamp.valueOf(longAgo)});
                engagements.add(new Object[] {ENGAGEMENTS + n, id, today.minusYears(10), today.minusYears(10)
                    .plusMonths(6), today.minusYears(8), Timestamp.valueOf(longAgo)});
                applications.add(new Object[] {APPLICATIONS + n, CAMPAIGN, id, today.minusYears(8),
                    Timestamp.valueOf(longAgo.plusDays(30)), Timestamp.valueOf(longAgo)});
                long request = REQUESTS + (erasure ? id - BASE : 1_000_000L + id - COMPILED);
                requests.add(new Object[] {request, id, erasure ? "ERASURE" : "ACCESS",
                    erasure ? "Erase everything you hold about me." : "Send me a copy of my data.", today.minusDays(3),
                    today.minusDays(2), Timestamp.valueOf(today.minusDays(3).atTime(9, 0))});
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
            batch(connection, "insert into prot_rights_request (id, version, subject_id, request_type, channel, asked,"
                    + " received_on, identity, identity_verified_on, compile_state, compiled_contexts, total_contexts,"
                    + " created_by, created_at) values (?, 0, ?, ?, 'EMAIL', ?, ?, 'VERIFIED', ?, 'NOT_STARTED', 0, 0,"
                    + " 'crash-seed', ?)", requests);
            try (PreparedStatement size = connection.prepareStatement(
                    "update core_register_size set people = people + ?")) {
                size.setInt(1, people.size());
                size.executeUpdate();
            }
            connection.commit();
        }
        System.out.printf("Rights crash: %d people with an erasure request, %d with an access request%n", erased(),
                compiled() + erased());
    }

    @Test
    @Order(2)
    void responsesAreCompiledUnderTheFirstKey_D3() throws Exception {
        for (long request : ids("select r.id from prot_rights_request r where" + ROTATED + " order by r.id")) {
            Callers.as(Role.DPM, () -> compilation.compile(request, 0));
        }
        for (int tries = 0; tries < 2400 && !Sql.column(database, "select r.id from prot_rights_request r where"
                + ROTATED + " and r.compile_state <> 'DONE'").isEmpty(); tries++) {
            Thread.sleep(250);
        }
        assertEquals(List.of(), Sql.column(database, "select r.id from prot_rights_request r where" + ROTATED
                + " and r.compile_state <> 'DONE'"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theKeysTheReviewItemsAreUnderAreNoted() throws Exception {
        PREFIXES_BEFORE.addAll(Sql.column(TestPostgres.dataSource(), "select distinct " + prefix()
                + " from prot_review_item"));
    }

    @Test
    @Order(4)
    void theDpmErasesAndCompilesWhileTheAdministratorReencryptsUnderANewKey_D3_D5_X3() throws Exception {
        List<Long> erasures = ids("select r.id from prot_rights_request r where" + ERASURES + " order by r.id");
        List<Long> accesses = ids("select r.id from prot_rights_request r where" + ACCESSES + " order by r.id");
        assertEquals(erased(), erasures.size());
        Callers.as(Role.ADMIN, () -> rotation.addKey());
        executor.submit(() -> Callers.as(Role.ADMIN, () -> rotation.rotate(100_000)));
        // four DPMs at once, each erasing a quarter of the people one after the other, and setting three responses
        // compiling for each person erased: the compiles pile up behind the erasures, several erasures are under way
        int slices = 4;
        for (int slice = 0; slice < slices; slice++) {
            int first = slice;
            executor.submit(() -> {
                for (int i = first; i < erasures.size(); i += slices) {
                    for (int j = 3 * i; j < Math.min(accesses.size(), 3 * i + 3); j++) {
                        long access = accesses.get(j);
                        Callers.as(Role.DPM, () -> compilation.compile(access, 0));
                    }
                    long erasure = erasures.get(i);
                    Callers.as(Role.DPM, () -> actions.erase(erasure, 0));
                }
                return null;
            });
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void theServerIsKilledInTheMiddleOfErasuresCompilesAndTheRotationAndStartedAgain_D3_D5_X3() throws Exception {
        try (Connection data = TestPostgres.dataSource().getConnection()) {
            boolean midway = false;
            for (int tries = 0; tries < 60_000 && !midway; tries++) {
                midway = count(data, CUT_SHORT) > 0 && compiling(data) > 0 && count(data, reencrypted()) > 0;
                if (!midway) {
                    Thread.sleep(5);
                }
            }
            assertTrue(midway, "no erasure, compile and rotation under way at once: " + count(data, FINISHED)
                    + " erasures finished, " + count(data, CUT_SHORT) + " under way, " + compiling(data)
                    + " compiling, " + count(data, reencrypted()) + " values re-encrypted");
            long items = count(data, "select count(*) from prot_review_item i join prot_rights_request r on r.id ="
                    + " i.request_id where" + ROTATED);
            long killing = System.nanoTime();
            PayaraServerSession.killServer();
            long finished = count(data, FINISHED);
            long cutShort = count(data, CUT_SHORT);
            long halfErased = halfErased(data);
            long compiling = compiling(data);
            long compiledAtKill = count(data, "select count(*) from prot_rights_request r where" + ACCESSES
                    + " and r.compile_state = 'DONE'");
            long moved = count(data, reencrypted());
            System.out.printf("Rights crash: killed with %d of %d erasures finished, %d cut short, %d people"
                    + " half-erased; %d of %d responses compiled, %d compiling; %d of %d review items re-encrypted"
                    + "%n", finished, erased(), cutShort, halfErased, compiledAtKill, compiled(), compiling, moved,
                    items);
            // restarted before any check: a failed check must not leave the server dead for the tests after
            PayaraServerSession.startAgain();
            System.out.printf("Rights crash: the server was down and started again in %d ms%n",
                    millisSince(killing));
            long resumed = System.nanoTime();
            for (int tries = 0; tries < 2400 && (count(data, CUT_SHORT) > 0 || compiling(data) > 0); tries++) {
                Thread.sleep(250);
            }
            System.out.printf("Rights crash: %d erasure(s) cut short finished and %d compile(s) resumed by the"
                    + " server %d ms after the restart%n", cutShort, compiling, millisSince(resumed));
            assertTrue(finished < erased(), "the erasures had all finished: the kill must come in the middle");
            assertTrue(compiling > 0, "no response was compiling at the kill");
            assertEquals(0, count(data, CUT_SHORT), "erasures still cut short after the restart");
            assertEquals(0, compiling(data), "responses still compiling after the restart");
            assertEquals(items, count(data, "select count(*) from prot_review_item i join prot_rights_request r on"
                    + " r.id = i.request_id where" + ROTATED), "review items lost by the rotation's kill");
            // the rotation may finish before the kill lands (100 values a batch, each committed): then only the
            // count is checked; cut short, it stays where it stopped until the administrator re-encrypts again
            assertEquals(moved, count(data, reencrypted()), "the rotation is not resumed by itself: the"
                    + " administrator re-encrypts again from the Data keys page");
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void nobodyIsHalfErasedAndEachContextWasErasedOrCompiledOnce_D3_D5() throws Exception {
        try (Connection data = TestPostgres.dataSource().getConnection()) {
            assertEquals(0, halfErased(data), "people half-erased after the restart");
            long contexts = count(data, "select count(distinct o.context) from prot_request_outcome o join"
                    + " prot_rights_request r on r.id = o.request_id where" + ERASURES);
            assertEquals(6, contexts, "an outcome in every context holding personal data");
            assertEquals(0, count(data, "select count(*) from prot_rights_request r where" + ERASURES
                    + " and exists (select 1 from prot_request_outcome o where o.request_id = r.id) and ((select"
                    + " count(*) from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED') <> "
                    + contexts + " or (select count(distinct o.context) from prot_request_outcome o where"
                    + " o.request_id = r.id) <> " + contexts + ")"), "an erasure started erased every context, once");
            assertEquals(0, count(data, "select count(*) from prot_rights_request r where" + ERASURES
                    + " and exists (select 1 from prot_request_outcome o where o.request_id = r.id) and " + left("r")
                    + " > 0"), "something left of a person whose erasure started");
            long untouched = count(data, "select count(*) from prot_rights_request r where" + ERASURES
                    + " and not exists (select 1 from prot_request_outcome o where o.request_id = r.id) and "
                    + left("r") + " = 4");
            assertEquals(erased(), count(data, FINISHED) + untouched, "every person erased or untouched");
            assertEquals(0, count(data, "select count(*) from prot_rights_request r where" + ACCESSES
                    + " and r.compile_state = 'DONE' and r.compiled_contexts <> r.total_contexts"));
            assertEquals(0, count(data, "select count(*) from (select i.request_id from prot_review_item i join"
                    + " prot_rights_request r on r.id = i.request_id where" + ACCESSES + " group by i.request_id,"
                    + " i.context, i.record_type, i.record_id having count(*) > 1) twice"),
                    "a record copied twice into a response");
            assertEquals(1, Sql.column(TestPostgres.dataSource(), "select distinct (select count(*) from"
                    + " prot_review_item i where i.request_id = r.id) from prot_rights_request r where (" + ACCESSES
                    + " or" + ROTATED + ") and r.compile_state = 'DONE'").size(),
                    "every response compiled holds as many items: the same records for everyone");
            assertEquals(0, count(data, "select count(*) from prot_rights_request where compile_state ="
                    + " 'RUNNING'"), "a request left compiling");
            System.out.printf("Rights crash: after the restart %d people erased, %d untouched, 0 half-erased; %d"
                    + " responses compiled, 0 compiling%n", count(data, FINISHED), untouched, count(data,
                    "select count(*) from prot_rights_request r where" + ACCESSES + " and r.compile_state = 'DONE'"));
        }
    }

    /** People of the erasure group with some of their records gone and some left: none, ever, after a restart. */
    private static long halfErased(Connection data) throws SQLException {
        return count(data, "select count(*) from prot_rights_request r where" + ERASURES + " and " + left("r")
                + " between 1 and 3");
    }

    /** How many of the request's person's records are left, in every holder's tables the seeding filled. */
    private static String left(String request) {
        String subject = request + ".subject_id";
        return "((select count(*) from core_data_subject d where d.id = " + subject + ") + (select count(*) from"
                + " stf_staff_file f where f.subject_id = " + subject + ") + (select count(*) from stf_engagement e"
                + " join stf_staff_file f on f.id = e.staff_file_id where f.subject_id = " + subject + ") + (select"
                + " count(*) from rec_application a where a.subject_id = " + subject + "))";
    }

    private static String prefix() {
        return "substring(content from 1 for position(':' in content))";
    }

    private static long compiling(Connection data) throws SQLException {
        return count(data, "select count(*) from prot_rights_request r where" + ACCESSES
                + " and r.compile_state = 'RUNNING'");
    }

    private List<Long> ids(String sql) throws SQLException {
        return Sql.column(database, sql).stream().map(Long::valueOf).toList();
    }

    private static long count(Connection data, String sql) throws SQLException {
        try (PreparedStatement query = data.prepareStatement(sql); java.sql.ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The review items of the responses compiled first that are under a key added since. */
    private static String reencrypted() {
        return "select count(*) from prot_review_item i join prot_rights_request r on r.id = i.request_id where"
                + ROTATED + " and " + prefix().replace("content", "i.content") + " not in (" + String.join(", ",
                        PREFIXES_BEFORE.stream().map(p -> "'" + p.replace("'", "''") + "'").toList()) + ")";
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
