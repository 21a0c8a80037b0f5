package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
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
 * The database stops for 30 seconds while 20 HR users add people through the real pages, on Payara Server with the
 * data source as the deployment guide sets it up (README, step 4: each connection validated as it is lent, all dropped
 * at the first dead one). While it is away every refused request says to try again, none shows the error page or
 * hangs (a request in flight when it stops may end on the error page); once it is back the server serves again with
 * no restart, logins included; every person whose page said "added" is in the register, each with exactly one audit
 * entry (an entry due just after a commit the outage cut off is written when the database is back), and the audit
 * chain holds.
 * <p>
 * Only in the profile {@code faults} (README, "Test"). The users work from outside the server (the test JVM, which
 * owns the embedded PostgreSQL it stops and starts); the accounts are opened and the chain checked inside it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageSystemIT {

    private static final int SESSIONS = 20;
    private static final String PASSWORD = "meadow-lantern-5813";
    private static final String FAMILY = "Outage";
    private static final long BEFORE_MS = 10_000;
    private static final long OUTAGE_MS = 30_000;
    private static final long AFTER_MS = 30_000;
    /** Requests started this long after the database is back may still meet a connection the pool has not yet dropped. */
    private static final long SETTLING_MS = 2_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(DatabaseOutageSystemIT.class, TestAccounts.class, FormClient.class,
                ReliabilityReport.class, ReliabilityReport.Figure.class);
    }

    @EJB
    AccountAdministration accounts;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    AuditTrail audit;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    @Order(1)
    void twentyHrUsersHaveAccounts() throws Exception {
        for (int user = 0; user < SESSIONS; user++) {
            TestAccounts.open(accounts, confirmations, username(user), PASSWORD, Role.HR);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDatabaseStopsForThirtySecondsWhileTwentyUsersWorkAndTheServerRecoversWithoutARestart() throws Exception {
        String base = System.getProperty("custos.test.base.url");
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean working = new AtomicBoolean(true);
        List<FormClient> loggedIn = new ArrayList<>();
        for (int user = 0; user < SESSIONS; user++) {
            FormClient web = new FormClient(base);
            HttpResponse<String> login = web.logIn(username(user), PASSWORD);
            assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/custos/"),
                    "logged in: " + login.headers().firstValue("Location"));
            loggedIn.add(web);
        }
        long start = System.nanoTime();
        ExecutorService users = Executors.newFixedThreadPool(SESSIONS);
        List<Future<?>> sessions = new ArrayList<>();
        for (int user = 0; user < SESSIONS; user++) {
            FormClient web = loggedIn.get(user);
            int who = user;
            sessions.add(users.submit(() -> work(web, who, start, working, attempts)));
        }
        Thread.sleep(BEFORE_MS);
        long stopped = millisSince(start);
        TestPostgres.stopKeepingData();
        Thread.sleep(OUTAGE_MS);
        TestPostgres.startAgain();
        long back = millisSince(start);
        Thread.sleep(AFTER_MS);
        working.set(false);
        for (Future<?> session : sessions) {
            session.get(5, TimeUnit.MINUTES);
        }
        users.shutdown();

        List<Attempt> during = attempts.stream().filter(a -> a.startedMs() >= stopped && a.startedMs() < back).toList();
        List<Attempt> after = attempts.stream().filter(a -> a.startedMs() >= back + SETTLING_MS).toList();
        List<Attempt> inFlight = attempts.stream().filter(a -> a.startedMs() < stopped
                && a.startedMs() + a.tookMs() >= stopped).toList();
        List<Attempt> errors = attempts.stream().filter(a -> a.outcome() == Outcome.ERROR && !inFlight.contains(a))
                .toList();
        List<Attempt> failedAfter = after.stream().filter(a -> a.outcome() != Outcome.SAVED).toList();
        long longest = during.stream().mapToLong(Attempt::tookMs).max().orElse(0);
        HttpResponse<String> login = new FormClient(base).logIn(username(0), PASSWORD);
        boolean loginAfter = login.headers().firstValue("Location").orElse("").endsWith("/custos/");
        DataSource data = TestPostgres.dataSource();
        List<Attempt> lost = new ArrayList<>();
        for (Attempt saved : attempts.stream().filter(a -> a.outcome() == Outcome.SAVED).toList()) {
            if (!List.of("1").equals(Sql.column(data, "select count(*) from core_data_subject where family_name = ?",
                    saved.familyName()))) {
                lost.add(saved);
            }
        }
        List<String> unaudited = withoutExactlyOneAuditEntry(data);
        report(attempts.size(), during, inFlight, longest, after.size(), failedAfter.size(), errors.size(), loginAfter,
                lost.size(), unaudited.size());

        assertTrue(errors.isEmpty(), "every refused request says to try again: " + errors);
        assertTrue(during.stream().anyMatch(a -> a.outcome() == Outcome.TRY_AGAIN), "the outage was felt");
        assertTrue(longest < 15_000, "no request hangs while the database is away: " + longest + " ms");
        assertTrue(failedAfter.isEmpty(), "once the database is back every request succeeds: " + failedAfter);
        assertTrue(after.size() >= SESSIONS, "every session worked after the outage");
        assertTrue(loginAfter, "a new login succeeds after the outage: " + login.headers().firstValue("Location"));
        assertEquals(List.of(), lost, "people the page said were added are in the register");
        assertEquals(List.of(), unaudited, "people added without exactly one audit entry (person: entries)");
    }

    /**
     * The people added whose CREATE entry is missing or doubled, once the entries the outage held back are written
     * (they are tried again every few seconds, up to ten apart).
     */
    private static List<String> withoutExactlyOneAuditEntry(DataSource data) throws Exception {
        String entries = "(select count(*) from sec_audit_entry a where a.action = 'CREATE' and a.outcome = 'SUCCESS'"
                + " and a.record_type = 'DataSubject' and a.record_id = cast(s.id as varchar(60)))";
        List<String> unaudited = List.of();
        for (int tries = 0; tries < 30; tries++) {
            unaudited = Sql.column(data, "select s.id || ': ' || " + entries + " from core_data_subject s"
                    + " where s.family_name like ? and " + entries + " <> 1", FAMILY + "%");
            if (unaudited.isEmpty()) {
                break;
            }
            Thread.sleep(1_000);
        }
        return unaudited;
    }

    private static void report(int requests, List<Attempt> during, List<Attempt> inFlight, long longest, int after,
            int failedAfter, int errors, boolean loginAfter, int lost, int unaudited) throws Exception {
        ReliabilityReport.write(Path.of(System.getProperty("custos.root"), "docs", "reliability.md"),
                "database-outage", "Faults: the database stops for 30 seconds",
                "`DatabaseOutageSystemIT` (`-Pfaults`; Payara Server, the EAR as built, the pool as the deployment"
                        + " guide sets it up): " + SESSIONS + " HR users add people through the pages; PostgreSQL is"
                        + " stopped (a fast shutdown) for 30 s and started again, with no restart of the server."
                        + " A request in flight when the database stopped may end on the error page.",
                List.of(new ReliabilityReport.Figure("requests in all", "—", Integer.toString(requests)),
                        new ReliabilityReport.Figure("requests while the database was away, told to try again",
                                "every refused one", during.stream().filter(a -> a.outcome() == Outcome.TRY_AGAIN)
                                        .count() + " of " + during.size()),
                        new ReliabilityReport.Figure("longest request while the database was away", "under 15 s",
                                longest + " ms"),
                        new ReliabilityReport.Figure("requests in flight when it stopped (of them errors)", "—",
                                inFlight.size() + " (" + inFlight.stream().filter(a -> a.outcome() == Outcome.ERROR)
                                        .count() + ")"),
                        new ReliabilityReport.Figure("error pages or 500s, other than in flight", "0",
                                Integer.toString(errors)),
                        new ReliabilityReport.Figure("requests failed once the database was back (2 s on)", "0",
                                failedAfter + " of " + after),
                        new ReliabilityReport.Figure("a new login once the database was back", "succeeds",
                                loginAfter ? "succeeds" : "fails"),
                        new ReliabilityReport.Figure("people the page said were added, missing", "0",
                                Integer.toString(lost)),
                        new ReliabilityReport.Figure("people added without exactly one audit entry", "0",
                                Integer.toString(unaudited))));
    }

    @Test
    @Order(3)
    void theAuditChainHoldsAfterTheOutage_X2() throws Exception {
        assertEquals(List.of(), Sql.column(database, "select a.record_id from sec_audit_entry a where a.action = 'CREATE'"
                + " and a.outcome = 'SUCCESS' and a.record_type = 'DataSubject' and a.actor like 'outage.%' and not"
                + " exists (select 1 from core_data_subject s where cast(s.id as varchar(60)) = a.record_id)"),
                "audit entries of additions that were not kept");
        ChainVerification verified = Callers.as(Role.DPM, () -> audit.verifyChain());
        assertTrue(verified.intact(), verified.problem());
    }

    /** One user's session, logged in: adds people one after another until told to stop. */
    private static Void work(FormClient web, int user, long start, AtomicBoolean working, List<Attempt> attempts)
            throws Exception {
        for (int n = 0; working.get(); n++) {
            String family = FAMILY + user + "x" + n;
            long started = millisSince(start);
            Outcome outcome;
            String detail;
            try {
                HttpResponse<String> form = web.get("/people/edit.xhtml");
                if (form.statusCode() != 200) {
                    outcome = refusal(form);
                    detail = "form " + form.statusCode() + " " + form.headers().firstValue("Location").orElse("");
                } else {
                    HttpResponse<String> saved = web.post("/people/edit.xhtml", "person=person&person%3AgivenNames=Sam"
                            + "&person%3AfamilyName=" + family + "&person%3Acategories=STAFF"
                            + "&person%3Asave=person%3Asave" + FormClient.postback(form));
                    outcome = saved.statusCode() == 302 && saved.headers().firstValue("Location").orElse("")
                            .contains("/people/detail.xhtml") ? Outcome.SAVED : refusal(saved);
                    if (outcome == Outcome.TRY_AGAIN && saved.statusCode() == 200
                            && !saved.body().contains("value=\"" + family + "\"")) {
                        outcome = Outcome.ERROR;
                    }
                    detail = "save " + saved.statusCode() + " " + saved.headers().firstValue("Location").orElse("");
                }
            } catch (java.io.IOException e) {
                outcome = Outcome.ERROR;
                detail = "no answer: " + e;
            }
            attempts.add(new Attempt(family, started, millisSince(start) - started, outcome, detail));
        }
        return null;
    }

    /** A refusal that says to try again (a page with its message, or the 503 page), or anything else: an error. */
    private static Outcome refusal(HttpResponse<String> response) {
        boolean tryAgain = response.body().contains("Custos cannot reach its database just now");
        return tryAgain && (response.statusCode() == 200 || response.statusCode() == 503) ? Outcome.TRY_AGAIN
                : Outcome.ERROR;
    }

    private static String username(int user) {
        return "outage.hr." + user;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private enum Outcome { SAVED, TRY_AGAIN, ERROR }

    private record Attempt(String familyName, long startedMs, long tookMs, Outcome outcome, String detail) {
    }
}
