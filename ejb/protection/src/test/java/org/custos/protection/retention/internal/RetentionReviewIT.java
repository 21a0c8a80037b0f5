package org.custos.protection.retention.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.retention.api.DecisionOutcome;
import org.custos.protection.retention.api.EvidenceFilter;
import org.custos.protection.retention.api.EvidenceRow;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.ExtensionReason;
import org.custos.protection.retention.api.QueueFilter;
import org.custos.protection.retention.api.QueueRow;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.retention.api.RetentionReview;
import org.custos.protection.retention.api.RuleGroup;
import org.custos.protection.testsupport.BreachForms;
import org.custos.protection.testsupport.Gate;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.Approvals;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.testsupport.Callers;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review queue on Payara Micro with PostgreSQL (R6, D5): decisions carried out through the register's holder one
 * person at a time, extensions with their reason, holds (legal, open breach) keeping the records and the queue saying
 * so, a failure in one person's group leaving the others done, and the evidence and destruction report kept without
 * the destroyed data. The run that fills the queue is another part: items are put in with SQL here.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionReviewIT {

    private static final String RULE = "retention.review-it";

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    RetentionReview review;

    @Inject
    PeopleRegister register;

    @Inject
    LegalHolds legalHolds;

    @Inject
    Breaches breaches;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitive;

    @Inject
    DecisionsLeftWaiting atStart;

    @Inject
    NightlyRetention nightly;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static long nextId = System.nanoTime() % 1_000_000_000L + 1_000_000_000L;

    private static synchronized long id() {
        return nextId++;
    }

    /** A run, for the items' key, and the person's record in the register due on the day given. */
    private long queued(long subjectId, LocalDate dueOn) throws Exception {
        long run = id();
        Sql.execute(database, "insert into prot_retention_run (id, version, as_of, started_at, started_by, state)"
                + " values (?, 0, ?, ?, 'review-it', 'FINISHED')", run, LocalDate.now(), LocalDateTime.now());
        long item = id();
        Sql.execute(database, "insert into prot_retention_item (id, version, context, record_type, record_id,"
                + " rule_key, subject_id, due_on, reason, run_id, queued_at, state) values (?, 0, 'register',"
                + " 'DataSubject', ?, ?, ?, ?, 'Left the organisation: 1 March 2019.', ?, ?, 'WAITING')", item,
                Long.toString(subjectId), RULE, subjectId, dueOn, run, LocalDateTime.now());
        return item;
    }

    /** An item the reviewer decided to destroy and that was left waiting (the server stopped before it was done). */
    private long decidedAndLeftWaiting(long subjectId, String reviewer) throws Exception {
        long item = queued(subjectId, LocalDate.now().minusDays(1));
        Sql.execute(database, "update prot_retention_item set state = 'DECIDED', decision = 'DESTROY' where id = ?",
                item);
        Sql.execute(database, "insert into prot_retention_decision (id, version, item_id, action, schedule_version,"
                + " decided_by, decided_at) values (?, 0, ?, 'DESTROY', 1, ?, ?)", id(), item, reviewer,
                LocalDateTime.now().minusHours(1));
        return item;
    }

    private long person(String family) throws Exception {
        return aPerson().named("Ada", unique(family)).registeredIn(register).id();
    }

    private String state(long itemId) throws Exception {
        return Sql.column(database, "select state from prot_retention_item where id = ?", itemId).get(0);
    }

    /** Waits until the background carrying out is done with the items. */
    private void carriedOut(long... itemIds) throws Exception {
        for (int tries = 0; tries < 300; tries++) {
            boolean waiting = false;
            for (long itemId : itemIds) {
                waiting |= state(itemId).equals("DECIDED");
            }
            if (!waiting) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The decisions were not carried out in 30 seconds");
    }

    private QueueRow rowOf(long itemId) {
        try {
            return Callers.as(Role.DPM, () -> review.queue(new QueueFilter("register", RULE, null,
                    LocalDate.now().plusDays(1)), 0, 500)).rows().stream().filter(row -> row.itemId() == itemId)
                    .findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDestroyedRegisterRecordGoesWithItsEvidenceKeptHashScheduleVersionAndReport_R6() throws Exception {
        long subjectId = person("Gone");
        long item = queued(subjectId, LocalDate.now().minusDays(1));
        QueueRow before = rowOf(item);
        assertTrue(before.person().startsWith("Ada Gone"), before.person());
        assertEquals("People register", before.contextLabel());
        assertEquals(OrganisationTime.DAY.format(LocalDate.now().minusDays(1)), before.due());
        assertEquals(List.of(RetentionAction.DESTROY), before.offered());
        assertEquals(List.of(), before.holds());

        DecisionOutcome decided = Callers.as(Role.DPM, () -> review.decide(List.of(item), RetentionAction.DESTROY));
        carriedOut(item);

        assertEquals(new DecisionOutcome(1, List.of()), decided);
        assertEquals("DONE", state(item));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from core_data_subject where id = ?",
                subjectId), "the person's record in the register went");
        String version = Sql.column(database, "select max(number) from prot_retention_schedule_version").get(0);
        List<String> evidence = Sql.column(database, "select action || ' ' || schedule_version || ' ' || records"
                + " || ' ' || decided_by || ' ' || length(record_set_sha256) from prot_retention_decision"
                + " where item_id = ? and carried_out_at is not null", item);
        assertEquals(List.of("DESTROY " + version + " 1 " + Callers.principal(Role.DPM) + " 64"), evidence);
        EvidenceRow row = Callers.as(Role.DPM, () -> review.evidence(EvidenceFilter.all(), 0, 500)).rows().stream()
                .filter(one -> one.itemId() == item).findFirst().orElseThrow();
        assertEquals("Carried out", row.outcome());
        assertEquals(Integer.parseInt(version), row.scheduleVersion());
        assertEquals(64, row.recordSetSha256().length());

        String report = PdfText.of(Callers.as(Role.DPM, () -> review.destructionReport(LocalDate.now().minusDays(1),
                LocalDate.now())));
        assertTrue(report.contains("Destruction report"), report);
        assertTrue(report.contains("Decision " + row.decisionId()), report);
        assertTrue(report.contains(row.recordSetSha256().substring(0, 16)), report);
        assertTrue(!report.contains("Ada Gone"), "the report names no one");
    }

    @Test
    void anExtensionMovesTheDateAndKeepsItsReasonAndLegalRiskIsBoundedBySixYears_R6() throws Exception {
        long subjectId = person("Kept");
        LocalDate due = LocalDate.now().minusDays(3);
        long item = queued(subjectId, due);
        LocalDate until = LocalDate.now().plusYears(1);

        RequestRefused tooFar = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> review.extend(
                List.of(item), new ExtensionForm(ExtensionReason.LEGAL_RISK, due.plusYears(7), null))));
        assertTrue(tooFar.getMessage().contains("at most 6 years"), tooFar.getMessage());
        Callers.as(Role.DPM, () -> review.extend(List.of(item), new ExtensionForm(ExtensionReason.STATUTORY_MINIMUM,
                until, "HMRC: six years after the tax year")));

        assertEquals(List.of("EXTENDED " + until), Sql.column(database,
                "select state || ' ' || extended_until from prot_retention_item where id = ?", item));
        assertEquals(List.of("EXTEND STATUTORY_MINIMUM " + until + " HMRC: six years after the tax year"),
                Sql.column(database, "select action || ' ' || extension_reason || ' ' || extended_until || ' ' || note"
                        + " from prot_retention_decision where item_id = ?", item));
        assertEquals("Kept until " + OrganisationTime.DAY.format(until), rowOf(item).stateText());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from core_data_subject where id = ?",
                subjectId));
    }

    @Test
    void theDpmReviewsTheQueueGroupedByContextAndRuleAndHrOnlyWhereTheConfigurationSaysSo_R6_X1() throws Exception {
        long subjectId = person("Grouped");
        long item = queued(subjectId, LocalDate.now().minusDays(1));

        assertTrue(Callers.as(Role.DPM, () -> review.groups()).stream().anyMatch(group -> group.context()
                .equals("register") && group.rule().equals(RULE) && group.waiting() >= 1));
        assertEquals(List.of(item), Callers.as(Role.DPM, () -> review.queue(new QueueFilter("register", RULE,
                org.custos.protection.retention.api.ItemState.WAITING, LocalDate.now()), 0, 500)).rows().stream()
                .map(QueueRow::itemId).filter(id -> id == item).toList());
        assertEquals(List.of(), Callers.as(Role.DPM, () -> review.queue(new QueueFilter("register", RULE, null,
                LocalDate.now().minusDays(1)), 0, 500)).rows().stream().map(QueueRow::itemId)
                .filter(id -> id == item).toList(), "due before a day filters by the due day");
        assertThrows(org.custos.security.api.AccessRefused.class,
                () -> Callers.as(Role.HR, () -> review.queue(QueueFilter.open(), 0, 10)));
        assertThrows(org.custos.security.api.AccessRefused.class,
                () -> Callers.as(Role.HR, () -> review.decide(List.of(item), RetentionAction.DESTROY)));
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> Callers.as(Role.ADMIN, () -> review.groups()));
        assertEquals("WAITING", state(item));
    }

    @Test
    void aLongQueueIsCountedOnlyUpToItsMaximumAndSaysThatThereAreMore_R6() throws Exception {
        long subjectId = person("Counted");
        String rule = RULE + ".counted";
        long run = id();
        Sql.execute(database, "insert into prot_retention_run (id, version, as_of, started_at, started_by, state)"
                + " values (?, 0, ?, ?, 'review-it', 'FINISHED')", run, LocalDate.now(), LocalDateTime.now());
        long first = reserveIds(Page.COUNTED_MAX + 1);
        Sql.execute(database, "insert into prot_retention_item (id, version, context, record_type, record_id,"
                + " rule_key, subject_id, due_on, reason, run_id, queued_at, state) select ? + g, 0, 'register',"
                + " 'DataSubject', 'counted-' || g, ?, ?, ?, 'Counted.', ?, ?, 'WAITING'"
                + " from generate_series(0, ?) g", first, rule, subjectId, LocalDate.now().plusYears(50), run,
                LocalDateTime.now(), Page.COUNTED_MAX);
        try {
            Page<QueueRow> page = Callers.as(Role.DPM, () -> review.queue(new QueueFilter("register", rule, null,
                    null), 0, 50));
            assertEquals(50, page.rows().size());
            assertTrue(page.countStopped(), "the count stops at its maximum");
            assertEquals(Page.COUNTED_MAX + 1L, page.total(), "one more than the maximum, so the next page shows");
            assertFalse(Callers.as(Role.DPM, () -> review.queue(new QueueFilter("register", RULE, null, null), 0, 50))
                    .countStopped(), "a short list is counted in full");

            RuleGroup group = Callers.as(Role.DPM, () -> review.groups()).stream()
                    .filter(g -> g.rule().equals(rule)).findFirst().orElseThrow();
            assertTrue(group.countStopped());
            assertEquals("more than 1,000", group.waitingText());
        } finally {
            Sql.execute(database, "delete from prot_retention_item where rule_key = ?", rule);
        }
    }

    /** Ids for items put in by one statement, out of the way of {@link #id()}'s. */
    private static synchronized long reserveIds(int count) {
        long first = nextId;
        nextId += count;
        return first;
    }

    @Test
    void aLegalHoldKeepsTheRecordsAndTheQueueSaysSo_R6_D5() throws Exception {
        long subjectId = person("Held");
        long item = queued(subjectId, LocalDate.now().minusDays(1));
        Callers.as(Role.DPM, () -> legalHolds.place(subjectId, new LegalHoldForm(null, "Tribunal claim 42")));

        QueueRow row = rowOf(item);
        assertEquals(1, row.holds().size(), row.holds().toString());
        assertTrue(row.holds().get(0).contains("Tribunal claim 42"), row.holds().toString());

        DecisionOutcome refused = Callers.as(Role.DPM, () -> review.decide(List.of(item), RetentionAction.DESTROY));
        assertEquals(0, refused.decided());
        assertTrue(refused.refused().get(0).contains("held: ") && refused.refused().get(0)
                .contains("Tribunal claim 42"), refused.refused().toString());
        assertEquals("WAITING", state(item));
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from core_data_subject where id = ?",
                subjectId));
    }

    @Test
    void anOpenBreachNamingThePersonHoldsTheirRecords_R6_X5() throws Exception {
        long subjectId = person("Breached");
        long item = queued(subjectId, LocalDate.now().minusDays(1));
        LocalDateTime awareAt = LocalDateTime.now().minusDays(2).withNano(0);
        Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop("Laptop on a train", awareAt,
                BreachLikelihood.POSSIBLE, BreachSeverity.SIGNIFICANT, Set.of(subjectId))));

        assertEquals(List.of("An open breach the organisation became aware of on "
                + OrganisationTime.DAY.format(awareAt.toLocalDate()) + " names this person"), rowOf(item).holds());
        DecisionOutcome refused = Callers.as(Role.DPM, () -> review.decide(List.of(item), RetentionAction.DESTROY));
        assertEquals(0, refused.decided());
        assertEquals("WAITING", state(item));
    }

    @Test
    void aFailureInOnePersonsGroupLeavesTheOthersDoneAndItselfFailedToBeDecidedAgain_R6() throws Exception {
        long fine = person("Fine");
        long stuck = person("Stuck");
        // the register cannot erase a person whose special-category record another context still keeps
        Gate.anApprovedHealthRecordFor(stuck).recordedThrough(approvals, sensitive);
        long fineItem = queued(fine, LocalDate.now().minusDays(1));
        long stuckItem = queued(stuck, LocalDate.now().minusDays(1));

        DecisionOutcome decided = Callers.as(Role.DPM, () -> review.decide(List.of(stuckItem, fineItem),
                RetentionAction.DESTROY));
        carriedOut(fineItem, stuckItem);

        assertEquals(2, decided.decided());
        assertEquals("DONE", state(fineItem));
        assertEquals("FAILED", state(stuckItem));
        assertEquals(List.of("0 1"), Sql.column(database, "select (select count(*) from core_data_subject where id = ?)"
                + " || ' ' || (select count(*) from core_data_subject where id = ?)", fine, stuck));
        List<String> failure = Sql.column(database, "select failure from prot_retention_decision where item_id = ?",
                stuckItem);
        assertTrue(failure.get(0).startsWith("Carrying it out failed, and nothing of it was done"), failure.get(0));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_retention_decision"
                + " where item_id = ? and carried_out_at is not null", stuckItem));
        assertTrue(rowOf(stuckItem).stateText().startsWith("Failed"));
        assertTrue(Callers.as(Role.DPM, () -> review.carryingOut()).failed() >= 1);
    }

    @Test
    void decisionsLeftWaitingAreCarriedOutAtTheStartAndAtNightWithNoOneSignedInAndTheAuditNamesTheDecider_R6_X2()
            throws Exception {
        long afterRestart = person("Restarted");
        long atNight = person("Nightly");
        String reviewer = unique("dpm-decided");
        long restartItem = decidedAndLeftWaiting(afterRestart, reviewer);
        long nightItem = decidedAndLeftWaiting(atNight, reviewer);

        // no Callers.as: as the startup timer and the nightly timer, with no one signed in
        atStart.carryOut();
        carriedOut(restartItem);
        nightly.carryOutDecided();
        carriedOut(nightItem);

        for (long item : List.of(restartItem, nightItem)) {
            assertEquals("DONE", state(item));
            assertEquals(List.of("1 1"), Sql.column(database, "select count(*) || ' ' || sum(records)"
                    + " from prot_retention_decision where item_id = ? and carried_out_at is not null", item));
        }
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from core_data_subject where id in (?, ?)",
                afterRestart, atNight));
        for (long subject : List.of(afterRestart, atNight)) {
            List<String> entries = List.of();
            for (int tries = 0; tries < 50 && entries.isEmpty(); tries++) {
                // the entry is written just after the group's transaction commits
                Thread.sleep(tries == 0 ? 0 : 100);
                entries = Sql.column(database, "select actor || ' | ' || outcome || ' | ' || detail"
                        + " from sec_audit_entry where subject_id = ? and action = 'ERASE'"
                        + " and record_type = 'RetentionReviewItem'", subject);
            }
            assertEquals(1, entries.size(), entries.toString());
            assertTrue(entries.get(0).startsWith("ANONYMOUS | SUCCESS | Retention decisions carried out in "),
                    entries.get(0));
            assertTrue(entries.get(0).contains(": destroyed 1 item, 1 record erased; record set SHA-256 "),
                    entries.get(0));
            assertTrue(entries.get(0).endsWith("; decided by " + reviewer), entries.get(0));
        }
    }
}
