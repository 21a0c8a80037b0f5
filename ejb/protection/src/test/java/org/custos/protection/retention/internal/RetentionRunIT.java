package org.custos.protection.retention.internal;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.retention.api.ContextProgress;
import org.custos.protection.retention.api.RetentionRuns;
import org.custos.protection.retention.api.RunProgress;
import org.custos.protection.retention.api.RunSummary;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention run on Payara Micro with PostgreSQL (R6): what every deployed holder reports due reaches the review
 * queue once, however often runs find it and however many start at once; a run whose server was killed is taken
 * over; an extension that ended puts its item back in the queue; a context that fails does not stop the others.
 * The register and security holders of this module report nothing due, so the register stands in for a record
 * context ({@link RegisterStandIn}) that does.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionRunIT {

    private static final String CONTEXT = "register";
    private static final String RULE = "retention.test.rule";

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    RetentionRuns runs;

    @Inject
    RetentionLease lease;

    @Inject
    NightlyRetention nightly;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void noRunGoesOn() throws Exception {
        RegisterStandIn.reset();
        awaitNoRun();
    }

    @AfterEach
    void letAnyRunEnd() throws Exception {
        RegisterStandIn.reset();
        awaitNoRun();
    }

    private void awaitNoRun() throws Exception {
        for (int i = 0; i < 300 && lease.held(); i++) {
            Thread.sleep(100);
        }
        assertFalse(lease.held(), "a run still holds the lease");
    }

    /** Records due in the register, standing in for a record context, each of its own record. */
    private List<RetentionItem> due(int count) {
        String stem = unique("rec");
        List<RetentionItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new RetentionItem(CONTEXT, "test-record", stem + "-" + i, 1000 + i,
                    calendar.today().minusDays(i), RULE, "Test event took place: 1 March 2024."));
        }
        return items;
    }

    /** Runs now as the DPM and waits until the run has ended. */
    private RunProgress runToTheEnd() throws Exception {
        RunProgress started = Callers.as(Role.DPM, runs::runNow);
        return ended(started.runId());
    }

    private RunProgress ended(long runId) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (!List.of("RUNNING").equals(Sql.column(database, "select state from prot_retention_run where id = ?",
                    runId))) {
                break;
            }
            Thread.sleep(100);
        }
        awaitNoRun();
        RunProgress progress = Callers.as(Role.DPM, runs::progress).orElseThrow();
        assertEquals(runId, progress.runId(), "the last run");
        return progress;
    }

    private static ContextProgress context(RunProgress run, String context) {
        return run.contexts().stream().filter(c -> c.context().equals(context)).findFirst().orElseThrow();
    }

    /** The rows of the queue for these items, as "record state run". */
    private List<String> queued(List<RetentionItem> items) throws Exception {
        List<String> rows = new ArrayList<>();
        for (RetentionItem item : items) {
            rows.addAll(Sql.column(database, "select record_id || ' ' || state from prot_retention_item"
                    + " where context = ? and record_type = ? and record_id = ? and rule_key = ?", item.context(),
                    item.recordType(), item.recordId(), item.rule()));
        }
        return rows;
    }

    private static List<String> waiting(List<RetentionItem> items) {
        return items.stream().map(item -> item.recordId() + " WAITING").toList();
    }

    private long runsSoFar() throws Exception {
        return Long.parseLong(Sql.column(database, "select count(*) from prot_retention_run").get(0));
    }

    @Test
    void dueItemsFromEveryDeployedHolderReachTheQueueOnce_R6() throws Exception {
        List<RetentionItem> items = due(3);
        List<RetentionItem> reported = new ArrayList<>(items);
        reported.add(items.get(0));
        RegisterStandIn.reports(reported);

        RunProgress run = runToTheEnd();

        assertEquals("Finished", run.state());
        assertFalse(run.running());
        assertEquals(waiting(items), queued(items));
        assertEquals(List.of(Long.toString(run.runId())), Sql.column(database, "select distinct run_id from"
                + " prot_retention_item where record_id = ?", items.get(1).recordId()));
        assertEquals(List.of(CONTEXT, "security"),
                run.contexts().stream().map(ContextProgress::context).toList(), "every deployed holder is asked");
        ContextProgress register = context(run, CONTEXT);
        assertEquals(3, register.found());
        assertEquals(3, register.queued());
        assertEquals("3 records due, 3 new in the queue", register.state());
        assertEquals("Nothing due", context(run, "security").state());
    }

    @Test
    void aSecondRunQueuesNothingTwice_R6() throws Exception {
        List<RetentionItem> items = due(2);
        RegisterStandIn.reports(items);
        RunProgress first = runToTheEnd();
        List<RetentionItem> more = new ArrayList<>(items);
        more.addAll(due(1));
        RegisterStandIn.reports(more);

        RunProgress second = runToTheEnd();

        assertEquals(waiting(more), queued(more));
        assertEquals(List.of(Long.toString(first.runId())), Sql.column(database, "select distinct run_id from"
                + " prot_retention_item where record_id in (?, ?)", items.get(0).recordId(), items.get(1).recordId()));
        assertEquals(3, context(second, CONTEXT).found());
        assertEquals(1, context(second, CONTEXT).queued(), "only the new record");
    }

    @Test
    void twoRunsStartedAtOnceMakeOneRunAndOneQueue_R6() throws Exception {
        List<RetentionItem> items = due(4);
        RegisterStandIn.reports(items);
        RegisterStandIn.waitsWhenAsked();
        long before = runsSoFar();

        List<Future<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(executor.submit(() -> {
                try {
                    return Callers.as(Role.DPM, runs::runNow);
                } catch (RequestRefused refused) {
                    return refused;
                }
            }));
        }
        List<Object> answers = new ArrayList<>();
        for (Future<Object> call : calls) {
            answers.add(call.get());
        }
        assertTrue(RegisterStandIn.awaitAsked(), "the run asks the holder");
        RequestRefused refused = (RequestRefused) answers.stream().filter(RequestRefused.class::isInstance)
                .findFirst().orElseThrow(() -> new AssertionError("both runs started: " + answers));
        RunProgress started = (RunProgress) answers.stream().filter(RunProgress.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no run started: " + answers));
        assertTrue(refused.getMessage().startsWith("A retention run is going on already"), refused.getMessage());
        RunProgress meanwhile = Callers.as(Role.DPM, runs::progress).orElseThrow();
        assertTrue(meanwhile.running());
        assertEquals("Running", meanwhile.state());
        assertEquals("Waiting to be asked", context(meanwhile, "security").state());
        RequestRefused later = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, runs::runNow));
        assertTrue(later.getMessage().startsWith("A retention run is going on already, started by dpm-tester at "),
                later.getMessage());
        RegisterStandIn.open();

        RunProgress run = ended(started.runId());

        assertEquals(before + 1, runsSoFar(), "one run");
        assertEquals("Finished", run.state());
        assertEquals(waiting(items), queued(items));
    }

    @Test
    void twoServersCannotHoldTheLeaseAtOnce_R6() {
        String one = RetentionLease.newHolder();
        String other = RetentionLease.newHolder();
        assertTrue(lease.take(one));
        try {
            assertFalse(lease.take(other), "the lease is held");
            assertTrue(lease.renew(one));
            assertFalse(lease.renew(other));
        } finally {
            lease.release(one);
        }
        assertTrue(lease.take(other), "a freed lease is taken");
        lease.release(other);
        assertFalse(lease.held());
    }

    @Test
    void aRunWhoseServerWasKilledIsMarkedInterruptedAndTheNextStartsOver_R6() throws Exception {
        List<RetentionItem> items = due(3);
        RegisterStandIn.reports(items);
        LocalDateTime now = calendar.now();
        long killed = Long.parseLong(Sql.column(database, "select nextval('prot_retention_seq')").get(0));
        Sql.execute(database, "insert into prot_retention_run (id, version, as_of, started_at, started_by, state)"
                + " values (?, 0, ?, ?, 'nightly', 'RUNNING')", killed, calendar.today(), now);
        Sql.execute(database, "insert into prot_retention_item (id, version, context, record_type, record_id,"
                + " rule_key, subject_id, due_on, reason, run_id, queued_at, state) values (nextval('prot_retention_seq'),"
                + " 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING')", CONTEXT, "test-record", items.get(0).recordId(), RULE,
                items.get(0).subjectId(), items.get(0).dueOn(), items.get(0).reason(), killed, now);
        Sql.execute(database, "update prot_retention_lease set holder = 'a killed server', run_id = ?,"
                + " expires_at = ? where name = 'retention'", killed, now.plusMinutes(5));
        try {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, runs::runNow));
            assertTrue(refused.getMessage().contains("the nightly timer"), refused.getMessage());
            Sql.execute(database, "update prot_retention_lease set expires_at = ? where name = 'retention'",
                    now.minusMinutes(1));
            assertEquals("Stopped: the server running it stopped before it finished; the next run starts over",
                    Callers.as(Role.DPM, runs::progress).orElseThrow().state());

            RunProgress next = runToTheEnd();

            assertEquals("Finished", next.state());
            assertEquals(List.of("INTERRUPTED"), Sql.column(database,
                    "select state from prot_retention_run where id = ? and finished_at is not null", killed));
            assertEquals(waiting(items), queued(items), "nothing lost, nothing twice");
            assertEquals(2, context(next, CONTEXT).queued());
            Page<RunSummary> list = Callers.as(Role.DPM, () -> runs.runs(0, 2));
            assertEquals(List.of(next.runId(), killed), list.rows().stream().map(RunSummary::id).toList());
            assertTrue(list.rows().get(1).state().startsWith("Interrupted"));
            assertEquals("the nightly timer", list.rows().get(1).startedBy());
            assertEquals(3, list.rows().get(0).found());
        } finally {
            Sql.execute(database, "update prot_retention_lease set holder = null, run_id = null, expires_at = null"
                    + " where name = 'retention' and holder = 'a killed server'");
        }
    }

    @Test
    void anExtendedItemWhoseDateCameGoesBackToWaiting_R6() throws Exception {
        List<RetentionItem> items = due(3);
        RegisterStandIn.reports(items);
        runToTheEnd();
        LocalDate today = calendar.today();
        extend(items.get(0), today);
        extend(items.get(1), today.plusDays(1));
        extend(items.get(2), today.minusDays(1));
        RegisterStandIn.reports(items.subList(0, 2));

        RunProgress run = runToTheEnd();

        assertEquals(List.of(items.get(0).recordId() + " WAITING", items.get(1).recordId() + " EXTENDED",
                items.get(2).recordId() + " EXTENDED"), queued(items),
                "back when its date came and still due; kept while its date is to come or it is no longer due");
        assertEquals(1, context(run, CONTEXT).queued());
    }

    private void extend(RetentionItem item, LocalDate until) throws Exception {
        Sql.execute(database, "update prot_retention_item set state = 'EXTENDED', extended_until = ?"
                + " where context = ? and record_id = ?", until, item.context(), item.recordId());
    }

    @Test
    void aContextThatFailsIsRecordedAndTheRunGoesOnToTheOthers_R6() throws Exception {
        RegisterStandIn.failsWith("The register's database did not answer");

        RunProgress run = runToTheEnd();

        assertEquals("Finished", run.state());
        ContextProgress register = context(run, CONTEXT);
        assertTrue(register.failed());
        assertEquals("Could not be asked: The register's database did not answer", register.state());
        assertEquals("Nothing due", context(run, "security").state());
        assertEquals(1, Callers.as(Role.DPM, () -> runs.runs(0, 1)).rows().get(0).failedContexts());
    }

    @Test
    void theNightlyRunGoesOnceADayWhicheverServerComesFirst_R6() throws Exception {
        List<RetentionItem> items = due(2);
        RegisterStandIn.reports(items);
        Sql.execute(database, "update prot_retention_run set started_by = 'nightly before' where started_by = 'nightly'"
                + " and as_of = ? and state = 'FINISHED'", calendar.today());

        long runId = nightly.runTonight().orElseThrow(() -> new AssertionError("no nightly run"));
        RunProgress run = ended(runId);

        assertEquals("the nightly timer", run.startedBy());
        assertEquals("Finished", run.state());
        assertEquals(waiting(items), queued(items));
        long before = runsSoFar();
        assertTrue(nightly.runTonight().isEmpty(), "a second server's timer, coming late");
        assertEquals(before, runsSoFar());
    }

    @Test
    void onlyTheDpmRunsRetention_R6() {
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, runs::runNow));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, runs::progress));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> runs.runs(0, 10)));
    }
}
