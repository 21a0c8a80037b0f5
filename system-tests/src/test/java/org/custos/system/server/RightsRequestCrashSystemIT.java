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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.Role;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.security.api.ConcurrentChange;
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
 * PostgreSQL (D3, D5, X2, X3). People with data in the register, staff and recruitment are seeded with an erasure
 * request or an access request each. Some responses are compiled under the first key; then the administrator adds a
 * key and re-encrypts in the background while four DPMs erase people and set responses compiling. The server is
 * stopped where it is (SIGSTOP) until the database shows an erasure half done and a response compiling, then killed
 * (else let go on and tried again), and started again. The server finishes by itself, with no one signed in, every
 * erasure the crash cut short (every context's data of such a person gone, each context erased once, the security
 * context's through its door for the resumption) and every compile left running (each context copied once): nobody
 * is half-erased, no request stays "Compiling", each finished piece of work has its audit entry naming the DPM who
 * started it, and the audit chain holds. The rotation, held in the middle by a row lock the test takes (and lets go
 * once the server is dead), is resumed by the server at its start to the end, audited, and loses no review item.
 * <p>
 * Only in the profile {@code faults} (README, "Test"); how many people: {@code custos.rights.crash.people} erased
 * (200 unless set), as many compiled before the key and three times as many compiled during the kill. Seeding, the
 * kill and the checks run from outside the server, the actions of the DPM and the administrator inside it (in the
 * background: the server dies under them), and the audit chain's check inside it after the restart. The figures go
 * to {@code docs/reliability.md} ("crashes").
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
    private static final String ROTATION_FINISHED = "select count(*) from sec_key_rotation where finished_at is not"
            + " null and started_by = '" + Callers.principal(Role.ADMIN) + "'";
    private static final String FINISHED = "select count(*) from prot_rights_request r where" + ERASURES
            + " and exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED'"
            + " and o.context = 'register')";

    /** Kept on the client between its steps: the figures read at the kill and after the restart. */
    private static final Map<String, Long> AT_KILL = new HashMap<>();
    /** The note's name, beside the data directory: the server's java.io.tmpdir is not the client's. */
    private static final String CHAIN_NOTE_NAME = "custos-rights-crash-chain.txt";

    /**
     * A lock the client holds on the last review item the rotation would re-encrypt, so that the rotation stops in
     * the middle at the kill whatever the machine's speed; let go once the server is dead.
     */
    private static Connection rotationLock;

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

    @EJB
    AuditTrail audit;

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

    /**
     * A refusal thrown by a step bean (its own transaction) under a facade method that runs without one reaches the
     * caller as itself, not wrapped in an EJBException: the security module's application exceptions are declared in
     * each EJB module's {@code ejb-jar.xml} too, as Payara reads them per module.
     */
    @Test
    @Order(2)
    void aStepsRefusalReachesTheCallerUnwrapped_X2() throws Exception {
        long access = ids("select r.id from prot_rights_request r where" + ACCESSES + " order by r.id").get(0);
        Object thrown = Callers.as(Role.DPM, () -> {
            try {
                compilation.compile(access, 99);
                return "nothing";
            } catch (RuntimeException e) {
                return e.getClass().getName();
            }
        });
        assertEquals(ConcurrentChange.class.getName(), thrown);
    }

    @Test
    @Order(3)
    @RunAsClient
    void theKeysTheReviewItemsAreUnderAreNoted() throws Exception {
        PREFIXES_BEFORE.addAll(Sql.column(TestPostgres.dataSource(), "select distinct " + prefix()
                + " from prot_review_item"));
        rotationLock = TestPostgres.dataSource().getConnection();
        rotationLock.setAutoCommit(false);
        try (PreparedStatement lock = rotationLock.prepareStatement("select i.id from prot_review_item i join"
                + " prot_rights_request r on r.id = i.request_id where" + ROTATED + " order by i.id desc limit 1"
                + " for update of i"); java.sql.ResultSet row = lock.executeQuery()) {
            assertTrue(row.next(), "a review item to hold the rotation at");
        }
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
            // well under way first: a tenth of the erasures finished
            for (int tries = 0; tries < 12_000 && count(data, FINISHED) < erased() / 10; tries++) {
                Thread.sleep(50);
            }
            long items = count(data, "select count(*) from prot_review_item i join prot_rights_request r on r.id ="
                    + " i.request_id where" + ROTATED);
            // the rotation has re-encrypted what comes before the item the client holds, and waits there
            for (int tries = 0; tries < 2400 && count(data, reencrypted()) == 0; tries++) {
                Thread.sleep(50);
            }
            // the server is stopped where it is (SIGSTOP), the state it holds read from the database, and killed
            // only when an erasure is half done and a response compiling then; else it goes on and is tried again
            boolean midway = false;
            for (int tries = 0; tries < 600 && !midway; tries++) {
                PayaraServerSession.freezeServer();
                Thread.sleep(300); // a commit the server sent just before reaches the database
                midway = count(data, CUT_SHORT) > 0 && compiling(data) > 0;
                if (!midway) {
                    PayaraServerSession.thawServer();
                    Thread.sleep(100);
                }
            }
            assertTrue(midway, "no erasure half done and response compiling at once in 600 looks: " + count(data,
                    FINISHED) + " erasures finished, " + compiling(data) + " compiling");
            long killing = System.nanoTime();
            PayaraServerSession.killServer();
            AT_KILL.put("finished", count(data, FINISHED));
            AT_KILL.put("cutShort", count(data, CUT_SHORT));
            AT_KILL.put("halfErased", halfErased(data));
            AT_KILL.put("compiling", compiling(data));
            AT_KILL.put("compiled", count(data, "select count(*) from prot_rights_request r where" + ACCESSES
                    + " and r.compile_state = 'DONE'"));
            AT_KILL.put("moved", count(data, reencrypted()));
            AT_KILL.put("items", items);
            System.out.printf("Rights crash: killed with %d of %d erasures finished, %d cut short, %d people"
                    + " half-erased; %d of %d responses compiled, %d compiling; %d of %d review items re-encrypted"
                    + "%n", AT_KILL.get("finished"), erased(), AT_KILL.get("cutShort"), AT_KILL.get("halfErased"),
                    AT_KILL.get("compiled"), compiled(), AT_KILL.get("compiling"), AT_KILL.get("moved"), items);
            rotationLock.rollback();
            rotationLock.close();
            // restarted before any check: a failed check must not leave the server dead for the tests after
            PayaraServerSession.startAgain();
            AT_KILL.put("downMillis", millisSince(killing));
            System.out.printf("Rights crash: the server was down and started again in %d ms%n",
                    AT_KILL.get("downMillis"));
            long resumed = System.nanoTime();
            long expectedEntries = AT_KILL.get("cutShort") + AT_KILL.get("compiling");
            for (int tries = 0; tries < 2400 && (count(data, CUT_SHORT) > 0 || compiling(data) > 0
                    || finishedEntries(data) < expectedEntries || count(data, reencrypted()) < items
                    || count(data, ROTATION_FINISHED) == 0); tries++) {
                Thread.sleep(250);
            }
            AT_KILL.put("resumedMillis", millisSince(resumed));
            // the EJB modules resume the work before the web module has loaded: the in-server steps after this one
            // need it (Arquillian's runner answered "No result returned" when called before)
            PayaraServerSession.waitForTheApplication();
            System.out.printf("Rights crash: %d erasure(s) cut short finished and %d compile(s) resumed by the"
                    + " server %d ms after the restart%n", AT_KILL.get("cutShort"), AT_KILL.get("compiling"),
                    AT_KILL.get("resumedMillis"));
            assertTrue(AT_KILL.get("finished") < erased(), "the erasures had all finished at the kill");
            assertTrue(AT_KILL.get("cutShort") > 0, "no erasure was half done at the kill");
            assertTrue(AT_KILL.get("compiling") > 0, "no response was compiling at the kill");
            assertEquals(0, count(data, CUT_SHORT), "erasures still cut short after the restart");
            assertEquals(0, compiling(data), "responses still compiling after the restart");
            assertEquals(items, count(data, "select count(*) from prot_review_item i join prot_rights_request r on"
                    + " r.id = i.request_id where" + ROTATED), "review items lost by the rotation's kill");
            assertTrue(AT_KILL.get("moved") > 0 && AT_KILL.get("moved") < items, "the rotation was not half done at"
                    + " the kill: " + AT_KILL.get("moved") + " of " + items);
            assertEquals(items, count(data, reencrypted()), "the rotation resumed by the server to the end");
            assertEquals(1, count(data, ROTATION_FINISHED), "the rotation recorded finished");
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void eachErasureAndCompileFinishedAtTheStartIsAuditedNamingTheDpm_X2() throws Exception {
        try (Connection data = TestPostgres.dataSource().getConnection()) {
            long entries = finishedEntries(data);
            AT_KILL.put("entries", entries);
            assertEquals(AT_KILL.get("cutShort") + AT_KILL.get("compiling"), entries,
                    "one audit entry for each erasure and compile the server finished");
            assertEquals(AT_KILL.get("cutShort"), count(data, "select count(*) from sec_audit_entry where action ="
                    + " 'ERASE' and record_type = 'RightsRequest' and outcome = 'SUCCESS' and detail like"
                    + " 'Erasure of request % finished by the server after a restart, in %; started by "
                    + Callers.principal(Role.DPM) + "'"), "the erasures' entries name the DPM who started them");
            assertEquals(AT_KILL.get("compiling"), count(data, "select count(*) from sec_audit_entry where action ="
                    + " 'EXPORT' and record_type = 'RightsRequest' and outcome = 'SUCCESS' and detail like"
                    + " 'Compile of the response of request % finished by the server after a restart, in %; started"
                    + " by " + Callers.principal(Role.DPM) + "'"), "the compiles' entries name the DPM");
            assertEquals(1, count(data, "select count(*) from sec_audit_entry where action = 'DATA_KEYS_ROTATED' and"
                    + " outcome = 'SUCCESS' and detail like 'Re-encryption under key % finished by the server after a"
                    + " restart: % values re-encrypted; started by " + Callers.principal(Role.ADMIN) + "'"),
                    "the rotation's entry names the administrator who started it");
        }
    }

    @Test
    @Order(7)
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

    @Test
    @Order(8)
    void theAuditChainHoldsAfterTheKill_X2() throws Exception {
        ChainVerification verified = Callers.as(Role.DPM, () -> audit.verifyChain());
        Files.writeString(chainNote(), verified.intact() ? "intact" : "broken: " + verified.problem());
        assertTrue(verified.intact(), verified.problem());
    }

    @Test
    @Order(9)
    @RunAsClient
    void theFiguresAreWritten() throws Exception {
        String chain = Files.exists(chainNote()) ? Files.readString(chainNote()) : "not verified (the in-server step"
                + " did not run)";
        Files.deleteIfExists(chainNote());
        try (Connection data = TestPostgres.dataSource().getConnection()) {
            ReliabilityReport.write(Path.of(System.getProperty("custos.root"), "docs", "reliability.md"), "crashes",
                    "Crashes", "kill -9 of Payara Server during erasures across contexts, response compiles and a"
                    + " data-key rotation (`RightsRequestCrashSystemIT`, profile `faults`, " + erased() + " erasure"
                    + " requests, " + (compiled() + erased()) + " access requests, 4 DPMs at once); the server is"
                    + " stopped (SIGSTOP), its state read from the database, and killed when an erasure is half done"
                    + " and a response compiling, the rotation held in the middle by a row lock the test takes."
                    + " The bulk retention action is `RetentionCrashSystemIT` (its figures are its assertions).",
                    List.of(
                            new ReliabilityReport.Figure("erasures cut short at the kill (some contexts erased, the"
                                    + " register not)", "more than 0", AT_KILL.get("cutShort") + " (" + AT_KILL.get(
                                    "finished") + " of " + erased() + " finished)"),
                            new ReliabilityReport.Figure("people half-erased at the kill (register, staff file,"
                                    + " engagement, application)", "measured", "" + AT_KILL.get("halfErased")),
                            new ReliabilityReport.Figure("responses \"Compiling\" at the kill", "more than 0",
                                    "" + AT_KILL.get("compiling")),
                            new ReliabilityReport.Figure("server down and started again", "measured",
                                    AT_KILL.get("downMillis") + " ms"),
                            new ReliabilityReport.Figure("erasures and compiles finished by the server at its start",
                                    "all", count(data, CUT_SHORT) == 0 && compiling(data) == 0 ? "all, "
                                    + AT_KILL.get("resumedMillis") + " ms after the restart" : "not all"),
                            new ReliabilityReport.Figure("people half-erased after the restart (SQL over every"
                                    + " seeded holder's tables)", "0", "" + halfErased(data)),
                            new ReliabilityReport.Figure("requests left \"Compiling\" after the restart", "0",
                                    "" + count(data, "select count(*) from prot_rights_request where compile_state"
                                    + " = 'RUNNING'")),
                            new ReliabilityReport.Figure("audit entries of the work finished at the start (SUCCESS,"
                                    + " naming the request and the DPM)", "one each", AT_KILL.getOrDefault("entries",
                                    -1L) + " for " + (AT_KILL.get("cutShort") + AT_KILL.get("compiling"))),
                            new ReliabilityReport.Figure("audit chain verified after the kill", "intact", chain),
                            new ReliabilityReport.Figure("data-key rotation half done at the kill, resumed by the"
                                    + " server at its start (one server, by the rotation's lease) and audited",
                                    "resumed to the end", count(data, ROTATION_FINISHED) == 1 && count(data,
                                    reencrypted()) == AT_KILL.get("items") ? "resumed: " + AT_KILL.get("items")
                                    + " of " + AT_KILL.get("items") + " re-encrypted" : "not finished: " + count(data,
                                    reencrypted()) + " of " + AT_KILL.get("items")),
                            new ReliabilityReport.Figure("review items lost by a kill during the rotation", "0",
                                    "0 (" + AT_KILL.get("moved") + " of " + AT_KILL.get("items") + " re-encrypted at"
                                    + " the kill)")));
        }
    }

    /**
     * The audit chain's verification inside the server, for the client's report (both run on this machine): beside
     * the data directory, which both know ({@code custos.data.dir} in the server).
     */
    private static Path chainNote() {
        String inServer = System.getProperty("custos.data.dir");
        return (inServer != null ? Path.of(inServer) : PayaraServerSession.dataDirectory())
                .resolveSibling(CHAIN_NOTE_NAME);
    }

    /** How many audit entries say that the server finished a seeded request's work after a restart. */
    private static long finishedEntries(Connection data) throws SQLException {
        return count(data, "select count(*) from sec_audit_entry where record_type = 'RightsRequest' and detail like"
                + " '% finished by the server after a restart, in %' and subject_id >= " + BASE);
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
