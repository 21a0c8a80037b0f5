package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
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
 * hangs; once it is back the server serves again with no restart, logins included; every person whose page said
 * "added" is in the register, each with exactly one audit entry, and the audit chain holds.
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
        return EarDeployment.withProbe(DatabaseOutageSystemIT.class, TestAccounts.class, FormClient.class);
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
        List<Attempt> errors = attempts.stream().filter(a -> a.outcome() == Outcome.ERROR).toList();
        long longest = during.stream().mapToLong(Attempt::tookMs).max().orElse(0);
        System.out.printf("Database outage: %d requests, %d during the outage (%d told to try again, longest %d ms),"
                + " %d after it (%d failed), %d errors%n", attempts.size(), during.size(),
                during.stream().filter(a -> a.outcome() == Outcome.TRY_AGAIN).count(), longest, after.size(),
                after.stream().filter(a -> a.outcome() != Outcome.SAVED).count(), errors.size());
        assertTrue(errors.isEmpty(), "every refused request says to try again: " + errors);
        assertTrue(during.stream().anyMatch(a -> a.outcome() == Outcome.TRY_AGAIN), "the outage was felt");
        assertTrue(longest < 15_000, "no request hangs while the database is away: " + longest + " ms");
        assertTrue(after.stream().allMatch(a -> a.outcome() == Outcome.SAVED),
                "once the database is back every request succeeds: " + after.stream()
                        .filter(a -> a.outcome() != Outcome.SAVED).toList());
        assertTrue(after.size() >= SESSIONS, "every session worked after the outage");
        HttpResponse<String> login = new FormClient(base).logIn(username(0), PASSWORD);
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/custos/"),
                "a new login succeeds after the outage: " + login.headers().firstValue("Location"));

        DataSource data = TestPostgres.dataSource();
        for (Attempt saved : attempts.stream().filter(a -> a.outcome() == Outcome.SAVED).toList()) {
            assertEquals(List.of("1"), Sql.column(data, "select count(*) from core_data_subject where family_name = ?",
                    saved.familyName()), "a person the page said was added is in the register: " + saved);
        }
    }

    @Test
    @Order(3)
    void everyPersonAddedHasExactlyOneAuditEntryAndTheChainHolds_X2() throws Exception {
        assertEquals(List.of(), Sql.column(database, "select s.id from core_data_subject s where s.family_name like ?"
                + " and (select count(*) from sec_audit_entry a where a.action = 'CREATE' and a.outcome = 'SUCCESS'"
                + " and a.record_type = 'DataSubject' and a.record_id = cast(s.id as varchar(60))) <> 1",
                FAMILY + "%"), "people added without exactly one audit entry");
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
