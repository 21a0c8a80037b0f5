package org.custos.protection.dpia.internal;

import static org.custos.testsupport.Failures.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.HighRiskIndicator;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Schedule1Condition;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.DpiaView;
import org.custos.protection.dpia.api.DpiaWorkForm;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.dpia.api.ScreeningForm;
import org.custos.protection.purposes.api.Article30Form;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DPIAs and the Art 30 fields of a purpose on Payara Micro with PostgreSQL (ADR 0015 decisions 5 and 6): the
 * screening makes a DPIA required and the purpose is flagged until the DPM signs one off; only the DPM; audited; the
 * typed Art 30 fields saved, validated and named when missing. Each test uses its own seeded purpose.
 */
@ExtendWith(ArquillianExtension.class)
class DpiasIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Dpias dpias;

    @Inject
    Purposes purposes;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static boolean flagged(List<DpiaStanding> standings, long purposeId) {
        return standings.stream().anyMatch(standing -> standing.purposeId() == purposeId);
    }

    @Test
    void screeningOnTheIcoListMakesADpiaRequiredAndThePurposeIsFlaggedUntilSignedOff() throws Exception {
        long purpose = SeededPurposes.RECRUITMENT;
        DpiaView unscreened = Callers.as(Role.DPM, () -> dpias.dpia(purpose));
        assertEquals("Not screened.", unscreened.outcome().words());
        assertFalse(flagged(Callers.as(Role.DPM, dpias::flagged), purpose), "not screened is not flagged");

        DpiaView screened = Callers.as(Role.DPM, () -> dpias.screen(purpose,
                new ScreeningForm(0, Set.of(HighRiskIndicator.TRACKING, HighRiskIndicator.VULNERABLE_PEOPLE), false,
                        null)));
        assertTrue(screened.outcome().required());
        assertEquals("Required: on the ICO's list of processing likely to result in high risk (tracking).",
                screened.outcome().words());
        assertEquals("A DPIA is required and none is signed off.", screened.flag());
        DpiaStanding standing = Callers.as(Role.DPM, dpias::flagged).stream()
                .filter(row -> row.purposeId() == purpose).findFirst().orElseThrow();
        assertEquals("Recruitment", standing.purposeName());
        assertEquals(DpiaProgress.NOT_STARTED, standing.progress());

        DpiaView worked = Callers.as(Role.DPM, () -> dpias.work(purpose,
                new DpiaWorkForm(screened.version(), DpiaProgress.AWAITING_SIGN_OFF, "Tracking limited to office hours.")));
        DpiaView attached = Callers.as(Role.DPM, () -> dpias.attach(purpose, worked.version(),
                new DocumentUpload("Recruitment DPIA.pdf", Documents.pdf("The assessment"))));
        assertEquals(1, attached.documents().size());
        DpiaView signed = Callers.as(Role.DPM, () -> dpias.signOff(purpose, attached.version(), null));
        assertEquals(DpiaProgress.SIGNED_OFF, signed.progress());
        assertEquals("dpm-tester", signed.signedOffBy());
        assertEquals(calendar.dpiaReviewDate(calendar.today()), signed.reviewDate());
        assertNull(signed.flag());
        assertFalse(flagged(Callers.as(Role.DPM, dpias::flagged), purpose), "signed off: no longer flagged");

        Sql.execute(database, "update prot_dpia set review_date = ? where purpose_id = ?",
                java.sql.Date.valueOf(calendar.today().minusDays(1)), purpose);
        // the flags are read by SQL, so the change made past the entity cache shows
        DpiaStanding due = Callers.as(Role.DPM, dpias::flagged).stream().filter(row -> row.purposeId() == purpose)
                .findFirst().orElseThrow(() -> new AssertionError("review date passed: flagged again"));
        assertTrue(due.flag().startsWith("The DPIA's review was due on "), due.flag());
    }

    @Test
    void onlyTheDpmSignsOffAndOnlyWithTheDocumentAndMeasures() throws Exception {
        long purpose = SeededPurposes.CLIENT_SERVICE;
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> dpias.dpia(purpose)));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> dpias.screen(purpose, new ScreeningForm(0, Set.of(), false, null))));
        RequestRefused unscreened = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> dpias.signOff(purpose, 0, null)));
        assertEquals("Answer the screening questions before signing the DPIA off.", unscreened.getMessage());

        DpiaView screened = Callers.as(Role.DPM, () -> dpias.screen(purpose,
                new ScreeningForm(0, Set.of(), true, "A new customer portal")));
        assertEquals("Required: the Data Protection Manager requires one (A new customer portal).",
                screened.outcome().words());
        RequestRefused undocumented = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> dpias.signOff(purpose, screened.version(), null)));
        assertEquals("Attach the assessment document before signing the DPIA off.", undocumented.getMessage());
        DpiaView attached = Callers.as(Role.DPM, () -> dpias.attach(purpose, screened.version(),
                new DocumentUpload("portal.pdf", Documents.pdf("Portal"))));
        assertEquals(DpiaProgress.IN_PROGRESS, attached.progress());
        RequestRefused noMeasures = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> dpias.signOff(purpose, attached.version(), null)));
        assertEquals("Record the measures that address the risks before signing the DPIA off.",
                noMeasures.getMessage());
        DpiaView worked = Callers.as(Role.DPM, () -> dpias.work(purpose,
                new DpiaWorkForm(attached.version(), DpiaProgress.AWAITING_SIGN_OFF, "Two-factor sign-in.")));

        assertThrows(EJBAccessException.class,
                () -> Callers.as(Role.HR, () -> dpias.signOff(purpose, worked.version(), null)));
        assertThrows(ConcurrentChange.class,
                () -> Callers.as(Role.DPM, () -> dpias.signOff(purpose, attached.version(), null)));
        DpiaView signed = Callers.as(Role.DPM,
                () -> dpias.signOff(purpose, worked.version(), calendar.today().plusMonths(6)));
        assertEquals(calendar.today().plusMonths(6), signed.reviewDate());
        assertEquals("%PDF", new String(Callers.as(Role.DPM,
                () -> dpias.document(purpose, signed.documents().get(0).id())).content(), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals(List.of("dpm-tester UPDATE SUCCESS", "dpm-tester UPDATE SUCCESS", "dpm-tester UPDATE SUCCESS",
                "dpm-tester UPDATE SUCCESS", "dpm-tester EXPORT SUCCESS"), Sql.column(database,
                "select actor || ' ' || action || ' ' || outcome from sec_audit_entry where record_type = 'Dpia'"
                        + " and record_id = ? and outcome = 'SUCCESS' and action in ('UPDATE', 'EXPORT')"
                        + " order by position", Long.toString(purpose)));
    }

    @Test
    void theArticle30FieldsAreSavedValidatedAndNamedWhenMissing() throws Exception {
        long payroll = SeededPurposes.PAYROLL;
        PurposeView before = Callers.as(Role.DPM, () -> purposes.purpose(payroll));
        assertEquals("incomplete: the business function, the security measures and the location of the data",
                before.incomplete());
        Article30Form form = new Article30Form(before.definition().version(), "Finance", null, null,
                "Encrypted at rest; access by role", "Our database in London", "Retention policy, section 4",
                Schedule1Condition.EMPLOYMENT, "HMRC");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> purposes.saveArticle30(payroll, form)));
        PurposeView saved = Callers.as(Role.DPM, () -> purposes.saveArticle30(payroll, form));
        assertEquals("", saved.incomplete());
        assertEquals("HMRC", Callers.as(Role.STAFF, () -> purposes.purpose(payroll)).record().dataSource());
        assertEquals(Schedule1Condition.EMPLOYMENT, saved.record().schedule1Condition());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> purposes.saveArticle30(payroll, form)));

        Article30Form jointWithoutContact = new Article30Form(saved.record().version(), "Finance", "Group plc", null,
                "Encrypted", "London", null, null, null);
        Exception refused = assertThrows(Exception.class,
                () -> Callers.as(Role.DPM, () -> purposes.saveArticle30(payroll, jointWithoutContact)));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused.toString());
        Article30Form tooLong = new Article30Form(saved.record().version(), "Finance", null, null,
                "x".repeat(4001), "London", null, null, null);
        Exception tooLongRefused = assertThrows(Exception.class,
                () -> Callers.as(Role.DPM, () -> purposes.saveArticle30(payroll, tooLong)));
        assertTrue(causedBy(tooLongRefused, ConstraintViolationException.class), tooLongRefused.toString());
        assertEquals(List.of("dpm-tester"), Sql.column(database, "select actor from sec_audit_entry"
                + " where record_type = 'Purpose' and record_id = ? and action = 'UPDATE' and outcome = 'SUCCESS'",
                Long.toString(payroll)));
    }
}
