package org.custos.protection.breaches.internal;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.Role;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachFilter;
import org.custos.protection.breaches.api.BreachMonth;
import org.custos.protection.breaches.api.BreachQuery;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachStage;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.testsupport.BreachForms;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The breach register on Payara Micro with PostgreSQL (X5): logging with the deadline from the calendar, a late
 * report and its reason, closing a high-risk breach, its audit and its report as a PDF; the DPM's alone.
 */
@ExtendWith(ArquillianExtension.class)
class BreachesIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Breaches breaches;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private BreachView logged(String summary, LocalDateTime awareAt, BreachLikelihood likelihood,
            BreachSeverity severity) throws Exception {
        return Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop(summary, awareAt, likelihood,
                severity, Set.of())));
    }

    @Test
    void theDpmLogsABreachWithItsDeadlineFromTheCalendarAndHrIsRefused_X5() throws Exception {
        LocalDateTime awareAt = calendar.now().minusHours(1).withSecond(0).withNano(0);
        BreachView breach = logged(unique("Laptop"), awareAt, BreachLikelihood.POSSIBLE, BreachSeverity.SEVERE);
        assertEquals(BreachRisk.HIGH_RISK, breach.risk());
        assertEquals(BreachStage.AWAITING_DECISION, breach.stage());
        assertEquals(calendar.localTime(calendar.breachReportDeadline(calendar.instant(awareAt))),
                breach.reportDeadline());
        assertFalse(breach.countdown().overdue());
        assertFalse(breach.countdown().dueWithin24Hours());
        assertTrue(Callers.as(Role.DPM, breaches::openBreaches).stream().anyMatch(open -> open.id() == breach.id()));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.log(
                BreachForms.aLostLaptop("By HR", awareAt, BreachLikelihood.LIKELY, BreachSeverity.SEVERE, Set.of()))));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.breach(breach.id())));
        RequestRefused unknownPerson = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.log(BreachForms.aLostLaptop("Linked", awareAt, BreachLikelihood.LIKELY,
                        BreachSeverity.SEVERE, Set.of(-1L)))));
        assertEquals("There is no person in the register with the reference -1.", unknownPerson.getMessage());
    }

    @Test
    void aReportAfterTheDeadlineIsRefusedWithoutAReasonAndAcceptedWithOne_X5() throws Exception {
        LocalDateTime awareAt = calendar.now().minusDays(4).withSecond(0).withNano(0);
        BreachView breach = logged(unique("Late"), awareAt, BreachLikelihood.LIKELY, BreachSeverity.SIGNIFICANT);
        assertTrue(breach.countdown().overdue());
        List<BreachSummary> open = Callers.as(Role.DPM, () -> breaches.search(new BreachQuery(BreachFilter.OPEN, 0,
                200))).rows();
        int position = open.stream().map(BreachSummary::id).toList().indexOf(breach.id());
        assertTrue(open.subList(0, position + 1).stream().allMatch(row -> row.countdown().overdue()),
                "overdue breaches are listed first");
        BreachView decided = Callers.as(Role.DPM, () -> breaches.recordDecision(breach.id(), breach.version(),
                new BreachDecisionForm(true, null)));
        LocalDateTime reportedAt = calendar.now().withSecond(0).withNano(0);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.recordReport(breach.id(), decided.version(),
                        new BreachReportForm(reportedAt, "ICO-1", " "))));
        assertTrue(refused.getMessage().startsWith("The report to the ICO was made after the deadline"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("give the reason it was late."), refused.getMessage());
        BreachView reported = Callers.as(Role.DPM, () -> breaches.recordReport(breach.id(), decided.version(),
                new BreachReportForm(reportedAt, "ICO-1", "Found only on Monday")));
        assertEquals(BreachStage.REPORTED, reported.stage());
        assertEquals("Found only on Monday", reported.report().lateReason());
        assertEquals(null, reported.countdown());
    }

    @Test
    void theBreachKeepsItsInstantsAndAcrossTheEndOfBstItsDeadlineIsAnHourEarlierInLondonTime_X5() throws Exception {
        // Aware on Saturday 25 October 2025 at 12:00 BST; the clocks went back at 02:00 on Sunday 26 October.
        BreachView breach = logged(unique("Autumn"), LocalDateTime.of(2025, 10, 25, 12, 0), BreachLikelihood.LIKELY,
                BreachSeverity.SIGNIFICANT);
        assertEquals(LocalDateTime.of(2025, 10, 25, 12, 0), breach.details().awareAt(), "shown in London time");
        assertEquals(LocalDateTime.of(2025, 10, 28, 11, 0), breach.reportDeadline(), "72 elapsed hours");
        assertEquals(List.of(Long.toString(Instant.parse("2025-10-25T11:00:00Z").getEpochSecond())),
                Sql.column(database, "select cast(extract(epoch from aware_at) as bigint) from prot_breach"
                        + " where id = ?", breach.id()), "kept as the instant");

        BreachView decided = Callers.as(Role.DPM, () -> breaches.recordDecision(breach.id(), breach.version(),
                new BreachDecisionForm(true, null)));
        RequestRefused late = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.recordReport(breach.id(), decided.version(),
                        new BreachReportForm(LocalDateTime.of(2025, 10, 28, 11, 30), "ICO-2", null))));
        assertEquals("The report to the ICO was made after the deadline of 28 October 2025 11:00: give the reason it "
                + "was late.", late.getMessage());
        BreachView reported = Callers.as(Role.DPM, () -> breaches.recordReport(breach.id(), decided.version(),
                new BreachReportForm(LocalDateTime.of(2025, 10, 28, 11, 0), "ICO-2", null)));
        assertEquals(LocalDateTime.of(2025, 10, 28, 11, 0), Callers.as(Role.DPM, () -> breaches.breach(
                reported.id())).report().reportedAt(), "on time at the deadline itself");
    }

    @Test
    void aHighRiskBreachClosesOnlyWhenThePeopleWereToldOrWhyNotAndIsThenReadOnly_X5() throws Exception {
        BreachView breach = logged(unique("Stolen"), calendar.now().minusHours(2).withNano(0),
                BreachLikelihood.LIKELY, BreachSeverity.SEVERE);
        BreachView decided = Callers.as(Role.DPM, () -> breaches.recordDecision(breach.id(), breach.version(),
                new BreachDecisionForm(false, "The disk was encrypted and the key is safe")));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> breaches.close(breach.id(),
                breach.version())));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.close(breach.id(), decided.version())));
        assertTrue(refused.getMessage().startsWith("A high-risk breach can be closed only"), refused.getMessage());
        BreachView explained = Callers.as(Role.DPM, () -> breaches.recordPeopleTold(breach.id(), decided.version(),
                new PeopleToldForm(null, null, "The measures taken make the high risk no longer likely")));
        BreachView closed = Callers.as(Role.DPM, () -> breaches.close(breach.id(), explained.version()));
        assertEquals(BreachStage.CLOSED, closed.stage());
        assertEquals(Callers.principal(Role.DPM), closed.closedBy());
        RequestRefused readOnly = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> breaches.update(breach.id(), closed.version(), closed.details())));
        assertEquals("The breach is closed: a closed breach is read-only.", readOnly.getMessage());
        assertTrue(Callers.as(Role.DPM, () -> breaches.search(new BreachQuery(BreachFilter.CLOSED, 0, 200))).rows()
                .stream().anyMatch(row -> row.id() == breach.id()));
        BreachMonth thisMonth = Callers.as(Role.DPM, () -> breaches.breachesByMonthAndRisk(3)).get(2);
        assertEquals(YearMonth.from(calendar.today()), thisMonth.month());
        assertTrue(thisMonth.highRisk() >= 1);
    }

    @Test
    void breachesAreAuditedWithoutTheirContentAndExportAsPdf_X5() throws Exception {
        String summary = unique("Misdirected");
        BreachView breach = logged(summary, calendar.now().minusHours(3).withNano(0), BreachLikelihood.REMOTE,
                BreachSeverity.MINIMAL);
        byte[] pdf = Callers.as(Role.DPM, () -> breaches.reportPdf(breach.id()));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> breaches.reportPdf(breach.id())));
        assertEquals(List.of("dpm-tester CREATE SUCCESS", "dpm-tester EXPORT SUCCESS"), Sql.column(database,
                "select actor || ' ' || action || ' ' || outcome from sec_audit_entry where record_type = 'Breach'"
                        + " and record_id = ? order by position", Long.toString(breach.id())));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_audit_entry"
                + " where lower(coalesce(detail, '') || coalesce(record_id, '')) like ?",
                "%" + summary.toLowerCase() + "%"));
    }
}
