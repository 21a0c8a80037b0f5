package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseSensitiveKind;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.WarningLevel;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCaseOutcomeForm;
import org.custos.staff.api.HrCaseSensitiveDetails;
import org.custos.staff.api.HrCaseSensitiveForm;
import org.custos.staff.api.HrCaseSensitiveView;
import org.custos.staff.api.HrCaseView;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health details of capability cases and the criminal-records details of disciplinary cases on Payara Micro
 * with PostgreSQL (L4, X3, X1, R3): refused (and the refusal audited) without the DPM's approval, recorded encrypted
 * and read with it, never among the case's notes; an HR user the case does not name is refused even with an
 * approval, and so is the person it is about; at the warning's expiry they go with the case's other details, through
 * HR's action and through the staff holder's erasure, and with the case when a leaver's file is erased, with SQL
 * checks that nothing is left.
 */
@ExtendWith(ArquillianExtension.class)
class HrCaseSensitiveDetailsIT {

    private static final String HR = Callers.principal(Role.HR);
    private static final String OTHER_HR = "hr-other-tester";
    private static final String DPM = Callers.principal(Role.DPM);
    private static final String OFFENCE = "Charged with theft from a customer's home in March";
    private static final String CONDITION = "Epilepsy: seizures make driving unsafe until cleared";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    HrCaseSensitiveDetails sensitive;

    @Inject
    HrCases hrCases;

    @Inject
    StaffFiles staffFiles;

    @Inject
    Approvals approvals;

    @Inject
    PeopleRegister register;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Resource
    UserTransaction transaction;

    /** Its cache forgets what raw SQL changed behind it. */
    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** The accounts cases name: the tests' HR and DPM callers, and another HR user. */
    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, HR, Role.HR);
        TestAccounts.ensure(database, OTHER_HR, Role.HR);
        TestAccounts.ensure(database, DPM, Role.DPM);
        cache.getCache().evictAll();
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private StaffFileView file(String given) throws Exception {
        long person = aPerson().called(given).as(SubjectCategory.STAFF).registeredIn(register).id();
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Care worker", today().minusYears(2))));
    }

    private HrCaseView opened(StaffFileView file, HrCaseKind kind, Set<String> handlers, String about)
            throws Exception {
        return Callers.as(Role.HR, () -> hrCases.open(new HrCaseForm(file.id(), kind, today().minusMonths(9),
                "Conduct and capability review", handlers, about)));
    }

    private long purpose() throws Exception {
        return Long.parseLong(Sql.column(database, "select id from prot_purpose order by id").get(0));
    }

    private ApprovalView approved(long person, SpecialCategory category) throws Exception {
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person,
                category, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1", purpose(),
                "Handling an HR case under the employment contract", today().plusMonths(1))));
        return Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), today().plusMonths(1),
                null));
    }

    private HrCaseSensitiveForm offence() throws Exception {
        return new HrCaseSensitiveForm(HrCaseSensitiveKind.ALLEGED_OFFENCE, purpose(), OFFENCE, null);
    }

    private HrCaseSensitiveForm condition() throws Exception {
        return new HrCaseSensitiveForm(HrCaseSensitiveKind.MEDICAL_CONDITION, purpose(), CONDITION, null);
    }

    private List<String> audit(String recordType, long recordId) throws Exception {
        return Sql.column(database, "select actor || ' ' || action || ' ' || outcome from sec_audit_entry"
                + " where record_type = ? and record_id = ? order by position", recordType, Long.toString(recordId));
    }

    /** How many links the case has, and how many sensitive records are held about the person. */
    private List<String> held(long caseId, long subject) throws Exception {
        return Sql.column(database, "select count(*) from stf_case_sensitive where case_id = ? union all"
                + " select count(*) from sec_sensitive_record where subject_id = ?", caseId, subject);
    }

    @Test
    void criminalRecordsDetailsAreRefusedWithoutTheDpmsApprovalAndTheRefusalAudited_L4_X2() throws Exception {
        StaffFileView file = file("Idris");
        HrCaseView hrCase = opened(file, HrCaseKind.DISCIPLINARY, Set.of(HR), null);

        AccessRefused recording = assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(hrCase.id(), hrCase.version(), offence())));
        AccessRefused reading = assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.details(hrCase.id())));

        String data = SpecialCategory.CRIMINAL_RECORDS.label().toLowerCase();
        assertEquals("You cannot record " + data + " data about this person: the DPM has not approved it. Request"
                + " approval first.", recording.getMessage());
        assertEquals("You cannot read " + data + " data about this person: the DPM has not approved it. Request"
                + " approval first.", reading.getMessage());
        assertEquals(List.of(HR + " CREATE SUCCESS", HR + " UPDATE DENIED"), audit("HrCase", hrCase.id()));
        assertEquals(List.of(HR + " READ DENIED"), audit("HrCaseSensitiveRecord", hrCase.id()));
        assertEquals(List.of("0", "0"), held(hrCase.id(), file.subjectId()), "nothing of the detail was kept");
        assertEquals(hrCase.version(), Callers.as(Role.HR, () -> hrCases.hrCase(hrCase.id())).version(),
                "the case is as it was");
    }

    @Test
    void withTheDpmsApprovalHealthDetailsAreRecordedEncryptedReadAndNeverAmongTheNotes_L4_X3() throws Exception {
        StaffFileView file = file("Jodie");
        HrCaseView hrCase = opened(file, HrCaseKind.CAPABILITY, Set.of(HR), null);
        approved(file.subjectId(), SpecialCategory.HEALTH);
        byte[] pdf = Documents.pdf("Occupational health report");

        HrCaseView first = Callers.as(Role.HR, () -> sensitive.record(hrCase.id(), hrCase.version(), condition()));
        HrCaseView second = Callers.as(Role.HR, () -> sensitive.record(hrCase.id(), first.version(),
                new HrCaseSensitiveForm(HrCaseSensitiveKind.OCCUPATIONAL_HEALTH, purpose(),
                        "Fit for office duties only", new DocumentUpload("oh-report.pdf", pdf))));
        List<HrCaseSensitiveView> read = Callers.as(Role.HR, () -> sensitive.details(hrCase.id()));

        assertEquals(List.of(HrCaseSensitiveKind.MEDICAL_CONDITION, HrCaseSensitiveKind.OCCUPATIONAL_HEALTH),
                read.stream().map(HrCaseSensitiveView::kind).toList());
        assertEquals(CONDITION, read.get(0).content());
        assertArrayEquals(pdf, Callers.as(Role.HR, () -> sensitive.document(hrCase.id(), read.get(1).id()))
                .content());
        List<String> stored = Sql.column(database, "select content from sec_sensitive_record where subject_id = ?"
                + " and context = 'staff' and kept_by_context order by id", file.subjectId());
        assertEquals(2, stored.size());
        assertTrue(stored.stream().noneMatch(text -> text.contains("Epilepsy") || text.contains("office duties")),
                "encrypted at rest: " + stored);
        assertFalse(second.notes().toString().contains("Epilepsy") || second.description().contains("Epilepsy"),
                "never among the case's notes or in its summary");
        assertEquals(List.of(HR + " READ SUCCESS"), audit("HrCaseSensitiveRecord", hrCase.id()).subList(0, 1),
                "every read is audited");
        assertEquals("A capability case holds health details only: an offence or a conviction belongs to a"
                + " disciplinary case.", assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(hrCase.id(), second.version(), offence()))).getMessage());
    }

    @Test
    void anHrUserTheCaseDoesNotNameAndThePersonItIsAboutAreRefusedEvenWithAnApproval_X1() throws Exception {
        StaffFileView file = file("Kofi");
        HrCaseView notMine = opened(file, HrCaseKind.DISCIPLINARY, Set.of(OTHER_HR), null);
        HrCaseView aboutTheDpm = opened(file, HrCaseKind.DISCIPLINARY, Set.of(HR), DPM);
        approved(file.subjectId(), SpecialCategory.CRIMINAL_RECORDS);
        Callers.as(Role.HR, () -> sensitive.record(aboutTheDpm.id(), aboutTheDpm.version(), offence()));

        String notNamed = "Only the HR handlers named on this case and the DPM can see it.";
        assertEquals(notNamed, assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(notMine.id(), notMine.version(), offence()))).getMessage());
        assertEquals(notNamed, assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.details(notMine.id()))).getMessage());
        assertEquals("This case is about you, so it is not shown to you.", assertThrows(AccessRefused.class,
                () -> Callers.as(Role.DPM, () -> sensitive.details(aboutTheDpm.id()))).getMessage(),
                "not even the DPM's oversight reaches a case about themselves");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from stf_case_sensitive where case_id = ?",
                notMine.id()));
        assertEquals(List.of(HR + " READ DENIED"), audit("HrCaseSensitiveRecord", notMine.id()));
        assertEquals(1, Callers.as(Role.HR, () -> sensitive.details(aboutTheDpm.id())).size(),
                "its named handler reads it");
    }

    /** A capability case with a health detail, decided {@code months} ago with a first written warning (6 months). */
    private HrCaseView warnedWithADetail(StaffFileView file, int months) throws Exception {
        HrCaseView hrCase = opened(file, HrCaseKind.CAPABILITY, Set.of(HR), null);
        HrCaseView detailed = Callers.as(Role.HR, () -> sensitive.record(hrCase.id(), hrCase.version(),
                condition()));
        return Callers.as(Role.HR, () -> hrCases.decide(hrCase.id(), detailed.version(), new HrCaseOutcomeForm(
                today().minusMonths(months), "Redeployed after a warning", WarningLevel.FIRST_WRITTEN, null)));
    }

    @Test
    void reducedToItsSummaryTheCaseLosesItsHealthDetailsToo_R3() throws Exception {
        StaffFileView file = file("Lowri");
        approved(file.subjectId(), SpecialCategory.HEALTH);
        HrCaseView expired = warnedWithADetail(file, 7);
        HrCaseView current = warnedWithADetail(file, 1);
        assertEquals(List.of("1", "2"), held(expired.id(), file.subjectId()));

        Callers.as(Role.HR, () -> hrCases.reduceToSummary(expired.id(), expired.version()));

        assertEquals(List.of("0", "1"), held(expired.id(), file.subjectId()),
                "the link and the sensitive record itself are gone");
        assertEquals(List.of(), Callers.as(Role.HR, () -> sensitive.details(expired.id())));
        assertEquals(1, Callers.as(Role.HR, () -> sensitive.details(current.id())).size(),
                "the current warning's case keeps its detail");
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> sensitive.record(expired.id(),
                hrCases.hrCase(expired.id()).version(), condition())), "only the summary is kept");
    }

    /** As the rights and retention engines will: the staff holder found among all, in their transaction. */
    private <T> T throughTheSpi(Function<PersonalDataHolder, T> work) throws Exception {
        PersonalDataHolder staff = holders.stream().filter(holder -> holder.context() == DataContext.STAFF)
                .findFirst().orElseThrow();
        transaction.begin();
        try {
            return work.apply(staff);
        } finally {
            transaction.commit();
        }
    }

    @Test
    void theStaffHolderExportsWhichDetailsACaseHasAndErasesThemAtTheWarningsExpiry_R3_D3() throws Exception {
        StaffFileView file = file("Mared");
        long subject = file.subjectId();
        approved(subject, SpecialCategory.HEALTH);
        HrCaseView expired = warnedWithADetail(file, 7);

        List<DataItem> exported = throughTheSpi(holder -> holder.export(subject)).items().stream()
                .filter(item -> item.recordType().equals("HrCaseSensitiveRecord")).toList();
        assertEquals(List.of(HrCaseSensitiveKind.MEDICAL_CONDITION.label()), exported.stream()
                .map(item -> value(item, "Sensitive detail")).toList());
        assertFalse(exported.toString().contains("Epilepsy"), "the detail itself is with the sensitive records");

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(subject));

        assertTrue(erased.erased() >= 2, "the link and the sensitive record: " + erased.erased());
        assertEquals(List.of("0", "0"), held(expired.id(), subject));
    }

    @Test
    void aCasesDetailsGoWithTheCaseWhenTheLeaversFileIsErased_R3() throws Exception {
        StaffFileView file = file("Nesta");
        long subject = file.subjectId();
        approved(subject, SpecialCategory.CRIMINAL_RECORDS);
        HrCaseView hrCase = opened(file, HrCaseKind.DISCIPLINARY, Set.of(HR), null);
        Callers.as(Role.HR, () -> sensitive.record(hrCase.id(), hrCase.version(), offence()));
        LocalDate leftLongAgo = today().minusYears(7);
        Sql.execute(database, "update stf_engagement set start_date = ?, leaving_date = ?,"
                + " leaving_reason = 'Resigned' where staff_file_id = ?", leftLongAgo.minusYears(3), leftLongAgo,
                file.id());
        cache.getCache().evictAll();

        throughTheSpi(holder -> holder.erase(subject));

        assertEquals(List.of("0", "0", "0"), Sql.column(database, "select count(*) from stf_case where id = ?"
                + " union all select count(*) from stf_case_sensitive where case_id = ? union all"
                + " select count(*) from sec_sensitive_record where subject_id = ?", hrCase.id(), hrCase.id(),
                subject), "the case, its link and the offence itself are gone with the file");
    }

    private static String value(DataItem item, String label) {
        return item.fields().stream().filter(field -> field.label().equals(label))
                .map(SubjectDataSection.Field::value).findFirst().orElse("");
    }
}
