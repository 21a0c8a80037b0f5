package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.custos.domain.shared.ChangeReportState;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.ChangeReportView;
import org.custos.staff.api.ChangeReports;
import org.custos.staff.api.DeclineForm;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.OwnRecord;
import org.custos.staff.api.OwnRecordView;
import org.custos.staff.api.OwnRecordView.OwnDetail;
import org.custos.staff.api.StaffAccountView;
import org.custos.staff.api.StaffAccounts;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members of staff and their own record on Payara Micro with PostgreSQL (A1, X1, X2, D5): HR links an account of the
 * STAFF role to the person; the member of staff reads their own file and is refused anyone else's, each read and
 * refusal audited; a change they report waits for HR, encrypted, and is applied through the register's or the staff
 * holder's rectification, or declined with the reason, the data then kept as it was.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

    private static final String STAFF = Callers.principal(Role.STAFF);
    private static final String HR = Callers.principal(Role.HR);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    OwnRecord ownRecord;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    ChangeReports changeReports;

    @Inject
    StaffFiles staffFiles;

    @Inject
    PeopleRegister register;

    /** Its cache forgets what raw SQL changed behind it. */
    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** The accounts: the tests' member of staff (linked to no one before each test), HR, and an HR user. */
    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, STAFF, Role.STAFF);
        TestAccounts.ensure(database, HR, Role.HR);
        Sql.execute(database, "delete from stf_account where username = ?", STAFF);
        cache.getCache().evictAll();
    }

    private StaffFileView file(String given) throws Exception {
        long person = aPerson().called(given).livingAt("1 Old Lane", "Leeds", "LS1 1AA").as(SubjectCategory.STAFF)
                .registeredIn(register).id();
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Clerk", LocalDate.now().minusYears(1))));
    }

    private StaffFileView linked(String given) throws Exception {
        StaffFileView file = file(given);
        Callers.as(Role.HR, () -> staffAccounts.link(file.id(), STAFF));
        return file;
    }

    private List<String> audit(String recordType, long recordId) throws Exception {
        return Sql.column(database, "select actor || ' ' || action || ' ' || outcome from sec_audit_entry"
                + " where record_type = ? and record_id = ? order by position", recordType, Long.toString(recordId));
    }

    private List<String> deniedReports() throws Exception {
        return Sql.column(database, "select count(*) from sec_audit_entry where actor = ? and record_type ="
                + " 'ChangeReport' and outcome = 'DENIED'", STAFF);
    }

    private static OwnDetail detail(OwnRecordView record, String field) {
        return record.details().stream().filter(detail -> detail.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void hrLinksOneAccountOfTheStaffRolePerPersonAndEachLinkIsAudited_A1_X1() throws Exception {
        StaffFileView file = file("Lena");
        StaffFileView other = file("Lars");
        assertTrue(Callers.as(Role.HR, () -> staffAccounts.accountOf(file.id())).candidates().stream()
                .anyMatch(account -> account.username().equals(STAFF)), "offered among the accounts of staff");
        assertEquals(HR + " is not an active account of a member of staff: the administrator gives it that role"
                + " first.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> staffAccounts.link(file.id(), HR))).getMessage());

        StaffAccountView link = Callers.as(Role.HR, () -> staffAccounts.link(file.id(), STAFF.toUpperCase()));

        assertEquals(STAFF, link.username());
        assertEquals(HR, link.linkedBy());
        assertEquals(STAFF + " is already linked to another person's staff file.", assertThrows(
                RequestRefused.class, () -> Callers.as(Role.HR, () -> staffAccounts.link(other.id(), STAFF)))
                .getMessage());
        assertFalse(Callers.as(Role.HR, () -> staffAccounts.accountOf(other.id())).candidates().stream()
                .anyMatch(account -> account.username().equals(STAFF)), "no longer offered");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> staffAccounts.link(other.id(),
                STAFF)), "the DPM reads the link but does not make it");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> staffAccounts.accountOf(
                file.id())), "X6");
        assertNull(Callers.as(Role.HR, () -> staffAccounts.unlink(file.id())).username());
        assertEquals(List.of(HR + " READ SUCCESS", HR + " CREATE FAILED", HR + " CREATE SUCCESS",
                HR + " ERASE SUCCESS"), audit("StaffAccount", file.id()).stream()
                .filter(entry -> entry.startsWith(HR)).toList());
    }

    @Test
    void aMemberOfStaffReadsOnlyTheirOwnFileAnotherIsRefusedAndEveryReadIsAudited_A1_X1_X2() throws Exception {
        assertEquals(OwnFileAccess.NOT_LINKED, assertThrows(AccessRefused.class,
                () -> Callers.as(Role.STAFF, ownRecord::mine)).getMessage());
        StaffFileView mine = linked("Mira");
        StaffFileView theirs = file("Theo");

        OwnRecordView read = Callers.as(Role.STAFF, ownRecord::mine);

        assertEquals(mine.id(), read.file().id());
        assertEquals("1 Old Lane", detail(read, "Address line 1").value());
        assertEquals("Clerk", detail(read, "Job title").value());
        assertEquals(mine.id(), Callers.as(Role.STAFF, () -> ownRecord.file(mine.id())).file().id());
        assertEquals(OwnFileAccess.NOT_YOURS, assertThrows(AccessRefused.class,
                () -> Callers.as(Role.STAFF, () -> ownRecord.file(theirs.id()))).getMessage());
        List<String> refusedReports = deniedReports();
        assertThrows(AccessRefused.class, () -> Callers.as(Role.STAFF, () -> ownRecord.reportChange(theirs.id(),
                detail(read, "Town").changedTo("York"))));
        assertEquals(Integer.parseInt(refusedReports.get(0)) + 1, Integer.parseInt(deniedReports().get(0)),
                "the refused report is audited");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, () -> staffFiles.file(theirs.id())),
                "the staff pages' facade is HR's and the DPM's");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, ownRecord::mine), "the STAFF role only");
        assertEquals(List.of(STAFF + " READ SUCCESS", STAFF + " READ SUCCESS"), audit("StaffFile", mine.id())
                .stream().filter(entry -> entry.startsWith(STAFF)).toList());
        assertEquals(List.of(STAFF + " READ DENIED"), audit("StaffFile", theirs.id()).stream()
                .filter(entry -> entry.startsWith(STAFF)).toList());
    }

    @Test
    void aReportedChangeAppliedByHrChangesTheRegisterThroughRectificationAndIsAudited_A1_D5_X2() throws Exception {
        StaffFileView mine = linked("Nell");
        OwnRecordView before = Callers.as(Role.STAFF, ownRecord::mine);

        ChangeReportView reported = Callers.as(Role.STAFF, () -> ownRecord.reportChange(mine.id(),
                detail(before, "Address line 1").changedTo("12 Harbour Road")));

        assertEquals(ChangeReportState.WAITING, reported.state());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from stf_change_report where id = ?"
                + " and new_value like '%Harbour%'", reported.id()), "encrypted at rest (X3)");
        assertEquals("A change to Address line 1 is already waiting for HR.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.STAFF, () -> ownRecord.reportChange(mine.id(),
                        detail(before, "Address line 1").changedTo("14 Harbour Road")))).getMessage());
        assertTrue(Callers.as(Role.HR, changeReports::waiting).stream().anyMatch(waiting -> waiting.id()
                == reported.id() && waiting.newValue().equals("12 Harbour Road")), "HR sees it waiting");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, () -> changeReports.apply(
                reported.id(), reported.version())), "nobody applies their own change");

        ChangeReportView applied = Callers.as(Role.HR, () -> changeReports.apply(reported.id(), reported.version()));

        assertEquals(ChangeReportState.APPLIED, applied.state());
        assertEquals(HR, applied.decidedBy());
        assertEquals(List.of("12 Harbour Road"), Sql.column(database, "select address_line1 from core_data_subject"
                + " where id = ?", mine.subjectId()), "the register holds the new address");
        OwnRecordView after = Callers.as(Role.STAFF, ownRecord::mine);
        assertEquals("12 Harbour Road", detail(after, "Address line 1").value());
        assertEquals(ChangeReportState.APPLIED, after.reports().get(0).state(), "the member of staff sees it");
        assertEquals("This change was already applied.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> changeReports.apply(applied.id(), applied.version()))).getMessage());
        assertEquals(List.of(STAFF + " CREATE SUCCESS", HR + " UPDATE SUCCESS", HR + " UPDATE FAILED"),
                audit("ChangeReport", reported.id()).stream().filter(entry -> !entry.contains("DENIED")).toList());
    }

    @Test
    void aDeclinedChangeKeepsTheDataAndTheMemberOfStaffReadsTheReason_A1() throws Exception {
        StaffFileView mine = linked("Otto");
        long sister = aPerson().called("Sina").as(SubjectCategory.EMERGENCY_CONTACT).registeredIn(register).id();
        Callers.as(Role.HR, () -> staffFiles.addEmergencyContact(mine.id(), new EmergencyContactForm(
                ChosenPerson.known(sister), "Sister")));
        OwnRecordView before = Callers.as(Role.STAFF, ownRecord::mine);
        ChangeReportView reported = Callers.as(Role.STAFF, () -> ownRecord.reportChange(mine.id(),
                detail(before, "Relationship").changedTo("Partner")));

        assertEquals("Say why the change is declined.", assertThrows(InvalidArguments.class, () -> Callers.as(
                Role.HR, () -> changeReports.decline(reported.id(), reported.version(), new DeclineForm(" "))))
                .getConstraintViolations().iterator().next().getMessage());
        ChangeReportView declined = Callers.as(Role.HR, () -> changeReports.decline(reported.id(),
                reported.version(), new DeclineForm("Sina is your sister, as your form of 2024 says.")));

        assertEquals(ChangeReportState.DECLINED, declined.state());
        OwnRecordView after = Callers.as(Role.STAFF, ownRecord::mine);
        assertEquals("Sister", detail(after, "Relationship").value(), "the data stays as it was");
        assertEquals("Sina is your sister, as your form of 2024 says.", after.reports().get(0).reason());
        assertEquals(List.of("Sister"), Sql.column(database, "select relationship from stf_emergency_contact"
                + " where staff_file_id = ?", mine.id()));
    }

    @Test
    void aValueTheHoldersRulesRefuseIsNotAppliedAndTheReportStaysWaiting_A1_D5() throws Exception {
        StaffFileView mine = linked("Pavel");
        OwnRecordView before = Callers.as(Role.STAFF, ownRecord::mine);
        ChangeReportView reported = Callers.as(Role.STAFF, () -> ownRecord.reportChange(mine.id(),
                detail(before, "Date of birth").changedTo("14 March 1985")));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> changeReports.apply(reported.id(), reported.version())));

        assertEquals("Date of birth was not changed: Enter the date of birth as year-month-day, like 1985-03-14."
                + " Decline the report with this reason, or apply it once the value is put right.",
                refused.getMessage());
        assertTrue(Callers.as(Role.HR, changeReports::waiting).stream().anyMatch(waiting -> waiting.id()
                == reported.id()), "still waiting for HR");
    }
}
