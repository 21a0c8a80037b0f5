package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SicknessReason;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.staff.api.AbsenceForm;
import org.custos.staff.api.AbsenceHealthForm;
import org.custos.staff.api.AbsenceView;
import org.custos.staff.api.Absences;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.SharedAbsenceView;
import org.custos.staff.api.SharedStaffFile;
import org.custos.staff.api.SharedStaffFileView;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.staff.api.StaffOutsideHr;
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
 * Staff data used outside HR (L5), on Payara Micro with PostgreSQL: only with the DPM's written approval; the line
 * manager's view with the absence periods and none of their health details (L4), finance's with no absence.
 */
@ExtendWith(ArquillianExtension.class)
class StaffOutsideHrIT {

    private static final String MANAGER = Callers.principal(Role.HIRING_MANAGER);
    private static final String FINANCE = Callers.principal(Role.FINANCE);
    private static final String STRESS = "Work-related stress after a bereavement";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    StaffOutsideHr outsideHr;

    @Inject
    StaffFiles staffFiles;

    @Inject
    Absences absences;

    @Inject
    Approvals approvals;

    @Inject
    PeopleRegister register;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** The accounts an approval outside HR names: the tests' hiring manager and finance callers. */
    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, MANAGER, Role.HIRING_MANAGER);
        TestAccounts.ensure(database, FINANCE, Role.FINANCE);
    }

    private StaffFileView file(String given) throws Exception {
        long person = aPerson().called(given).as(SubjectCategory.STAFF).registeredIn(register).id();
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Payroll clerk", LocalDate.now().minusYears(1))));
    }

    private ApprovalView approved(StaffFileView file, DataArea area, String account) throws Exception {
        long purpose = Long.parseLong(Sql.column(database, "select id from prot_purpose order by id").get(0));
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forUseOutsideHr(
                file.subjectId(), area, account, purpose, "Probation review and pay", LocalDate.now().plusMonths(1))));
        return Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(),
                LocalDate.now().plusMonths(1), null));
    }

    private List<String> audit(long fileId, String actor) throws Exception {
        return Sql.column(database, "select action || ' ' || outcome from sec_audit_entry where record_type ="
                + " 'StaffFile' and record_id = ? and actor = ? order by position", Long.toString(fileId), actor);
    }

    @Test
    void aLineManagerSeesAMemberOfStaffsHrDataOnlyWithTheDpmsWrittenApprovalAndOnlyThatArea_L5_X2()
            throws Exception {
        StaffFileView file = file("Lena");

        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> outsideHr.read(file.id(), DataArea.HR)), "no approval yet");
        assertEquals(0, Callers.as(Role.HIRING_MANAGER, () -> outsideHr.sharedWithMe(0, 25)).total());
        ApprovalView approval = approved(file, DataArea.HR, MANAGER);

        SharedStaffFileView seen = Callers.as(Role.HIRING_MANAGER, () -> outsideHr.read(file.id(), DataArea.HR));

        assertEquals("Payroll clerk", seen.engagement().jobTitle());
        assertNull(seen.bankDetails(), "bank details are finance data");
        assertNull(seen.engagement().recordedBy(), "who recorded a row is HR's own");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> outsideHr.read(file.id(), DataArea.FINANCE)), "the approval is for HR data only");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.FINANCE,
                () -> outsideHr.read(file.id(), DataArea.HR)), "the approval names one account");
        List<SharedStaffFile> shared = Callers.as(Role.HIRING_MANAGER, () -> outsideHr.sharedWithMe(0, 25)).rows();
        assertEquals(List.of(file.id()), shared.stream().map(SharedStaffFile::staffFileId).toList());
        assertEquals(approval.validUntil(), shared.get(0).until());
        assertEquals(List.of("READ DENIED", "READ SUCCESS", "READ DENIED"), audit(file.id(), MANAGER));

        Callers.as(Role.DPM, () -> approvals.revoke(approval.id(), approval.version(), "Review done"));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> outsideHr.read(file.id(), DataArea.HR)), "revoked");
        assertEquals(0, Callers.as(Role.HIRING_MANAGER, () -> outsideHr.sharedWithMe(0, 25)).total());
    }

    @Test
    void financeSeesTheBankDetailsAndPayFieldsWithItsApprovalButNotTheLineManagersView_L5_X3() throws Exception {
        StaffFileView file = file("Fern");
        Sql.execute(database, "insert into stf_bank_details (staff_file_id, version, account_holder, sort_code,"
                + " account_number, recorded_by, recorded_at) values (?, 0, ?, ?, ?, 'hr', ?)", file.id(),
                EncryptedColumns.STAFF_ACCOUNT_HOLDER.seal("F Fern", file.id()).ciphertext(),
                EncryptedColumns.STAFF_SORT_CODE.seal("20-00-00", file.id()).ciphertext(),
                EncryptedColumns.STAFF_ACCOUNT_NUMBER.seal("55779911", file.id()).ciphertext(), LocalDateTime.now());
        approved(file, DataArea.FINANCE, FINANCE);

        SharedStaffFileView seen = Callers.as(Role.FINANCE, () -> outsideHr.read(file.id(), DataArea.FINANCE));

        assertEquals("55779911", seen.bankDetails().accountNumber());
        assertEquals("Payroll clerk", seen.engagement().jobTitle());
        assertNull(seen.engagement().lineManagerName(), "the line manager is HR data");
        assertNull(seen.engagement().probationEnd());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN,
                () -> outsideHr.read(file.id(), DataArea.FINANCE)), "X6");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> outsideHr.sharedWithMe(0, 25)),
                "HR reads staff files through its own pages");
    }

    @Test
    void aLineManagerSeesTheAbsencePeriodsButNeverTheirHealthDetailsAndFinanceNoAbsence_L5_L4_X2() throws Exception {
        StaffFileView file = file("Ada");
        LocalDate today = LocalDate.now();
        AbsenceView ended = absent(file, today.minusDays(40), today.minusDays(36));
        AbsenceView open = absent(file, today.minusDays(2), null);
        approvedHealth(file.subjectId());
        Callers.as(Role.HR, () -> absences.recordHealth(ended.id(), new AbsenceHealthForm(AbsenceHealthKind.REASON,
                SicknessReason.MENTAL_HEALTH, purpose(), STRESS, null)));
        approved(file, DataArea.HR, MANAGER);
        approved(file, DataArea.FINANCE, FINANCE);

        SharedStaffFileView manager = Callers.as(Role.HIRING_MANAGER, () -> outsideHr.read(file.id(), DataArea.HR));
        SharedStaffFileView finance = Callers.as(Role.FINANCE, () -> outsideHr.read(file.id(), DataArea.FINANCE));

        assertEquals(List.of(new SharedAbsenceView("Sickness absence", open.firstDay(), null, 3),
                new SharedAbsenceView("Sickness absence", ended.firstDay(), ended.lastDay(), 5)), manager.absences(),
                "the periods, latest first, an open one counted to today");
        assertFalse(manager.toString().contains(STRESS) || manager.toString().contains("mental"),
                "no health detail reaches the line manager");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> absences.health(ended.id())), "the health details stay behind HR's gate");
        assertEquals(List.of(), finance.absences(), "absences are HR data");
        assertEquals(List.of("READ SUCCESS"), audit(file.id(), MANAGER));
        assertEquals(List.of("READ SUCCESS"), audit(file.id(), FINANCE));
    }

    private AbsenceView absent(StaffFileView file, LocalDate firstDay, LocalDate lastDay) throws Exception {
        return Callers.as(Role.HR, () -> absences.record(new AbsenceForm(file.id(), firstDay, lastDay, true)));
    }

    private long purpose() throws Exception {
        return Long.parseLong(Sql.column(database, "select id from prot_purpose order by id").get(0));
    }

    /** HR's own approval to record the health details (L4), not the line manager's. */
    private void approvedHealth(long person) throws Exception {
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person,
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1", purpose(),
                "Sickness absence management", LocalDate.now().plusMonths(1))));
        Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), LocalDate.now().plusMonths(1),
                null));
    }
}
