package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.retention.api.DueCount;
import org.custos.protection.retention.api.RetentionSchedule;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.retention.api.ScheduleVersion;
import org.custos.protection.retention.api.Simulation;
import org.custos.protection.retention.internal.RegisterStandIn.Event;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.PdfText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention schedule on Payara Micro with PostgreSQL (R1-R6): the rules of the deployed holders with their
 * periods now, a version per change of a period, the policy document (PDF and CSV), and the simulator, whose
 * hypothetical periods never reach the settings or another call. The register declares a test rule
 * ({@link RegisterStandIn}) for the length of each test: person 1 has two records whose clock started in March
 * 2020, persons 2 and 3 one each from January and February 2021; the rule keeps them 6 years.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionScheduleIT {

    private static final String KEY = RegisterStandIn.RULE.key();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    RetentionSchedule schedule;

    @Inject
    Settings settings;

    @Inject
    ComplianceCalendar calendar;

    @BeforeEach
    void theRegisterDeclaresTheTestRule() {
        RegisterStandIn.switchOn(List.of(new Event(1, LocalDate.of(2020, 3, 10)),
                new Event(1, LocalDate.of(2020, 3, 20)), new Event(2, LocalDate.of(2021, 1, 5)),
                new Event(3, LocalDate.of(2021, 2, 1))));
    }

    @AfterEach
    void andStopsDeclaringIt() throws Exception {
        try {
            Callers.as(Role.DPM, () -> settings.change(KEY, ""));
        } finally {
            RegisterStandIn.reset();
        }
    }

    @Test
    void theScheduleListsTheRulesOfTheDeployedHoldersWithTheirPeriodsNow_R6() throws Exception {
        ScheduleRule line = rule(Callers.as(Role.DPM, schedule::rules));
        assertEquals(List.of("People register", "Test schedule records", "R1", "Test event took place", "6 years",
                "6 years", "Review, then keep a summary"), List.of(line.contextLabel(), line.recordGroup(),
                line.rule(), line.countsFrom(), line.periodWords(), line.defaultWords(), line.atEnd()));
        Callers.as(Role.DPM, () -> settings.change(KEY, "P7Y"));
        ScheduleRule changed = rule(Callers.as(Role.HR, schedule::rules));
        assertEquals("7 years", changed.periodWords(), "HR reads the schedule with the period now");
        assertEquals("6 years", changed.defaultWords());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER, schedule::rules));
    }

    @Test
    void changingARetentionPeriodMakesTheNextVersionWithTheOldAndNewPeriod_R6() throws Exception {
        int before = Callers.as(Role.DPM, schedule::versions).get(0).number();
        Callers.as(Role.DPM, () -> settings.change(KEY, "P7Y"));
        Callers.as(Role.DPM, () -> settings.change(KEY, "P7Y"));
        ScheduleVersion changed = Callers.as(Role.DPM, schedule::versions).get(0);
        assertEquals(before + 1, changed.number(), "the same period again is no change");
        assertEquals("Test schedule records: from 6 years (the default) to 7 years", changed.change());
        assertEquals(Callers.principal(Role.DPM), changed.changedBy());
        Callers.as(Role.DPM, () -> settings.change(KEY, ""));
        List<ScheduleVersion> versions = Callers.as(Role.DPM, schedule::versions);
        assertEquals(before + 2, versions.get(0).number());
        assertEquals("Test schedule records: from 7 years to 6 years (the default)", versions.get(0).change());
        assertEquals(1, versions.get(versions.size() - 1).number());
        assertEquals("The policy's default periods", versions.get(versions.size() - 1).change());
        Callers.as(Role.DPM, () -> settings.change("calendar.request-response", "P2M"));
        try {
            assertEquals(before + 2, Callers.as(Role.DPM, schedule::versions).get(0).number(),
                    "a period that is not a retention rule's makes no version");
        } finally {
            Callers.as(Role.DPM, () -> settings.change("calendar.request-response", ""));
        }
    }

    @Test
    void thePolicyDocumentAndItsCsvHoldEveryRule_R6() throws Exception {
        Callers.as(Role.DPM, () -> settings.change(KEY, "P7Y"));
        String pdf = PdfText.of(Callers.as(Role.DPM, schedule::pdf)).replaceAll("\\s+", " ");
        for (String expected : List.of("Retention schedule", "People register", "Test schedule records",
                "Test event took place", "7 years (policy default 6 years)", "Review, then keep a summary",
                "Versions of this schedule", "from 6 years (the default) to 7 years")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        String csv = new String(Callers.as(Role.HR, schedule::csv), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Context\",\"Record group\",\"Rule\","), csv);
        assertTrue(csv.contains("\"People register\",\"Test schedule records\",\"R1\",\"Test event took place\","
                + "\"7 years\",\"6 years\",\"Review, then keep a summary\"\r\n"), csv);
    }

    @Test
    void aShorterHypotheticalPeriodShowsMoreDueAndChangesNothing_R6() throws Exception {
        Simulation now = Callers.as(Role.DPM, () -> schedule.simulate(FROM, TO, Map.of()));
        assertEquals(List.of("2026-03 2 1"), counts(now), "person 1's two records fall due in March");

        Simulation shorter = Callers.as(Role.DPM, () -> schedule.simulate(FROM, TO, Map.of(KEY, "5 years 11 months")));
        assertEquals(List.of("2026-02 2 1", "2026-12 1 1"), counts(shorter),
                "a month earlier person 1 is due in February, person 2 in December, person 3 not until 2027");
        assertEquals(3, shorter.records());
        assertEquals(2, shorter.people());
        assertEquals(Map.of(KEY, "5 years 11 months"), shorter.overrides());
        assertEquals(12, shorter.months().size());

        assertEquals(Period.ofYears(6), calendar.retentionPeriod(RegisterStandIn.RULE),
                "the setting is as it was");
        assertEquals("P6Y", Callers.as(Role.DPM, settings::settings).stream().filter(s -> s.key().equals(KEY))
                .findFirst().orElseThrow().value());
        assertEquals(counts(now), counts(Callers.as(Role.DPM, () -> schedule.simulate(FROM, TO, Map.of()))),
                "the next simulation without the hypothetical period is back to the setting");
    }

    @Test
    void theSimulatorRefusesABackwardOrTooLongRangeAndAPeriodItCannotRead_R6() throws Exception {
        RequestRefused backward = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> schedule.simulate(TO, FROM, Map.of())));
        assertEquals("The first day must not be after the last day.", backward.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> schedule.simulate(FROM, FROM.plusYears(10).plusDays(1), Map.of())));
        RequestRefused unreadable = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> schedule.simulate(FROM, TO, Map.of(KEY, "soon"))));
        assertTrue(unreadable.getMessage().startsWith("Test schedule records: enter a period"),
                unreadable.getMessage());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> schedule.simulate(FROM, TO, Map.of())));
    }

    private static ScheduleRule rule(List<ScheduleRule> rules) {
        return rules.stream().filter(rule -> rule.key().equals(KEY)).findFirst().orElseThrow();
    }

    /** The test rule's counts: "month records people". */
    private static List<String> counts(Simulation simulation) {
        return simulation.counts().stream().filter(count -> count.ruleKey().equals(KEY))
                .map(RetentionScheduleIT::line).toList();
    }

    private static String line(DueCount count) {
        assertEquals("People register", count.contextLabel());
        assertEquals("Test schedule records", count.recordGroup());
        return YearMonth.from(count.month()) + " " + count.records() + " " + count.people();
    }
}
