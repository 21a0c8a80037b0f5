package org.custos.complaints.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.ComplaintLetter;
import org.custos.complaints.api.ComplaintView;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.complaints.api.OutcomeForm;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaint letters and counts on Payara Micro with PostgreSQL (P1): the acknowledgement and outcome letters as
 * PDFs in the organisation's letter layout, for the named handlers only, each production audited; the outcome letter
 * of a data-protection complaint tells of the right to complain to the ICO; the DPM's counts per kind and outcome per
 * month, counted in SQL, for the DPM alone.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintLettersIT {

    private static final String HR = Callers.principal(Role.HR);
    private static final String OTHER_HR = "other-hr-letters";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("complaints", ProtectionDeployment.fixtures());
    }

    @Inject
    Complaints complaints;

    @Inject
    PeopleRegister register;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, HR, Role.HR);
        TestAccounts.ensure(database, OTHER_HR, Role.HR);
        TestAccounts.ensure(database, Callers.principal(Role.DPM), Role.DPM);
    }

    private LoggedComplaint logged(String family, ComplaintKind kind, LocalDate receivedOn) throws Exception {
        return logged(family, kind, receivedOn, HR);
    }

    private LoggedComplaint logged(String family, ComplaintKind kind, LocalDate receivedOn, String handler)
            throws Exception {
        long complainant = aPerson().named("Petra", family).as(SubjectCategory.CLIENT_CONTACT).registeredIn(register)
                .id();
        return Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(ChosenPerson.known(complainant),
                receivedOn, ComplaintChannel.LETTER, kind, ComplaintAbout.SERVICE, null, List.of(),
                "My letters went to my old address.", false, null, null, Set.of(handler))));
    }

    @Test
    void theHandlerHasBothLettersAsPdfsEachAuditedAndTheOutcomeTellsOfTheIco_P1() throws Exception {
        String family = Names.unique("Plaint");
        LoggedComplaint logged = logged(family, ComplaintKind.DATA_PROTECTION, LocalDate.now().minusDays(2));

        ComplaintLetter acknowledgement = Callers.as(Role.HR, () -> complaints.acknowledgementLetter(logged.id()));
        String acknowledged = PdfText.of(acknowledgement.content());
        assertTrue(acknowledged.contains("We have received your complaint") && acknowledged.contains("Petra " + family)
                && acknowledged.contains("data protection complaint"), acknowledged);
        assertEquals("application/pdf", acknowledgement.mediaType());
        assertEquals("Acknowledgement of a complaint, version 1", acknowledgement.madeFrom());
        assertEquals("Record the outcome first: the letter tells it to the complainant.", assertThrows(
                RequestRefused.class, () -> Callers.as(Role.HR, () -> complaints.outcomeLetter(logged.id())))
                .getMessage());
        LoggedComplaint theirs = logged(Names.unique("Theirs"), ComplaintKind.SERVICE, LocalDate.now(), OTHER_HR);
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> complaints.acknowledgementLetter(theirs.id())), "a handler not named on it");
        assertEquals(List.of(HR + " EXPORT DENIED"), exports(theirs.id()));

        ComplaintView opened = Callers.as(Role.HR, () -> complaints.complaint(logged.id()));
        Callers.as(Role.HR, () -> complaints.close(logged.id(), opened.version(),
                new OutcomeForm("Upheld: we corrected your address.", LocalDate.now())));
        String outcome = PdfText.of(Callers.as(Role.HR, () -> complaints.outcomeLetter(logged.id())).content());
        assertTrue(outcome.contains("Upheld: we corrected your address.") && outcome.contains("(ICO)"), outcome);

        assertEquals(List.of(HR + " EXPORT SUCCESS letter: Acknowledgement of a complaint, version 1",
                HR + " EXPORT FAILED", HR + " EXPORT SUCCESS letter: Outcome of a complaint, version 1"),
                exports(logged.id()), "the outcome letter refused before the outcome too");
    }

    private List<String> exports(long complaintId) throws Exception {
        return Sql.column(database, "select actor || ' ' || action || ' ' || outcome"
                + " || case when outcome = 'SUCCESS' then ' ' || detail else '' end"
                + " from sec_audit_entry where record_type = 'Complaint'"
                + " and record_id = ? and action = 'EXPORT' order by position", Long.toString(complaintId));
    }

    @Test
    void theOutcomeLetterOfAServiceComplaintSaysNothingOfTheIco_P1() throws Exception {
        LoggedComplaint logged = logged(Names.unique("Service"), ComplaintKind.SERVICE, LocalDate.now());
        ComplaintView opened = Callers.as(Role.HR, () -> complaints.complaint(logged.id()));
        Callers.as(Role.HR, () -> complaints.close(logged.id(), opened.version(),
                new OutcomeForm("Not upheld.", LocalDate.now())));
        String outcome = PdfText.of(Callers.as(Role.HR, () -> complaints.outcomeLetter(logged.id())).content());
        assertTrue(outcome.contains("Not upheld."), outcome);
        assertFalse(outcome.contains("ICO"), outcome);
    }

    @Test
    void theDpmCountsComplaintsPerMonthKindAndOutcomeInSql_P1() throws Exception {
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.from(today);
        ComplaintCounts before = Callers.as(Role.DPM, () -> complaints.countsByMonth(12));
        LoggedComplaint open = logged(Names.unique("Open"), ComplaintKind.STAFF_CONDUCT, today);
        LoggedComplaint closed = logged(Names.unique("Closed"), ComplaintKind.STAFF_CONDUCT, today);
        ComplaintView opened = Callers.as(Role.HR, () -> complaints.complaint(closed.id()));
        Callers.as(Role.HR, () -> complaints.close(closed.id(), opened.version(), new OutcomeForm("Upheld.", today)));

        ComplaintCounts after = Callers.as(Role.DPM, () -> complaints.countsByMonth(12));

        assertEquals(12, after.months().size());
        assertEquals(month, after.months().get(11), "the last is this month");
        assertEquals(count(before, month, false) + 1, count(after, month, false), "one more open");
        assertEquals(count(before, month, true) + 1, count(after, month, true), "one more with its outcome sent");
        assertTrue(open.id() > 0);
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> complaints.countsByMonth(12)),
                "the DPM's");
    }

    private static long count(ComplaintCounts counts, YearMonth month, boolean outcomeSent) {
        return counts.counts().stream().filter(c -> c.month().equals(month) && c.kind() == ComplaintKind.STAFF_CONDUCT
                && c.outcomeSent() == outcomeSent).mapToLong(c -> c.count()).sum();
    }
}
