package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.UserTransaction;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.recruitment.api.FinalOffers;
import org.custos.recruitment.api.OfferView;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.EngagementForm;
import org.custos.staff.api.StaffQuery;
import org.custos.staff.api.StaffSummary;
import org.custos.staff.api.BankDetailsView;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.PendingHireView;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff context on Payara Micro with PostgreSQL, with only its declared dependencies (recruitment, protection,
 * security): the staff file a hire opens after it commits, with the final offer's bank details moved and still
 * decryptable; a failed opening kept for HR and retried; HR opening a file directly; the administrator refused.
 */
@ExtendWith(ArquillianExtension.class)
class StaffContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    StaffFiles staffFiles;

    @Inject
    Campaigns campaigns;

    @Inject
    Applications applications;

    @Inject
    FinalOffers offers;

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

    private static LocalDate today() {
        return LocalDate.now();
    }

    private long person(String given, SubjectCategory category) throws Exception {
        return aPerson().called(given).as(category).registeredIn(register).id();
    }

    /** An application at the final offer with its bank details and one emergency contact (the partner). */
    private ApplicationView atFinalOffer(long partner) throws Exception {
        CampaignView campaign = Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(Names.unique("Payroll "),
                "Payroll officer", today().minusDays(20), today().plusDays(20), Set.of())));
        long applicant = person("Grace", SubjectCategory.JOB_APPLICANT);
        ApplicationView received = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(applicant), ApplicationSource.DIRECT, null, today().minusDays(10))));
        Sql.execute(database, "update rec_application set status = 'FINAL_OFFER' where id = ?", received.id());
        cache.getCache().evictAll();
        Callers.as(Role.HR, () -> offers.recordBankDetails(received.id(), null,
                new BankDetailsForm(today(), "Grace Applicant", "123456", "87654321")));
        Callers.as(Role.HR, () -> offers.addEmergencyContact(received.id(), new EmergencyContactForm(
                ChosenPerson.known(partner), "Partner")));
        return Callers.as(Role.HR, () -> applications.application(received.id()));
    }

    private void hire(ApplicationView application) throws Exception {
        Callers.as(Role.HR, () -> applications.hire(application.id(), application.version(), today().plusDays(30)));
    }

    private List<String> fileOf(ApplicationView application) throws Exception {
        return Sql.column(database, "select id from stf_staff_file where hired_application_id = ?", application.id());
    }

    private void swapSortCodeAndAccountNumber(ApplicationView application) throws Exception {
        Sql.execute(database, "update rec_final_offer set account_number = sort_code, sort_code = account_number"
                + " where application_id = ?", application.id());
        cache.getCache().evictAll();
    }

    @Test
    void aHireOpensTheStaffFileWithTheOffersBankDetailsMovedAndStillDecryptable_R2_X3() throws Exception {
        long partner = person("Pat", SubjectCategory.EMERGENCY_CONTACT);
        ApplicationView offered = atFinalOffer(partner);

        hire(offered);

        long fileId = Long.parseLong(fileOf(offered).get(0));
        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.file(fileId));
        assertEquals(offered.subjectId(), file.subjectId());
        assertEquals(offered.id(), file.hiredApplicationId(), "the hired application is part of the file (R2)");
        assertEquals(List.of(EngagementType.EMPLOYEE, "Payroll officer", today().plusDays(30)),
                List.of(file.engagement().type(), file.engagement().jobTitle(), file.engagement().startDate()),
                "the campaign's role and the hire's start date");
        assertEquals("••••4321", file.maskedAccountNumber());
        var contact = Callers.as(Role.HR, () -> register.details(partner)).data();
        assertEquals(List.of(new StaffFileView.EmergencyContactView(partner,
                contact.givenNames() + " " + contact.familyName(), "Partner")), file.emergencyContacts());
        BankDetailsView bank = Callers.as(Role.HR, () -> staffFiles.bankDetails(fileId));
        assertEquals(List.of("Grace Applicant", "12-34-56", "87654321"),
                List.of(bank.accountHolder(), bank.sortCode(), bank.accountNumber()),
                "re-encrypted under the staff file's own columns, they decrypt there (ADR 0009)");
        assertFalse(Sql.column(database, "select account_number from stf_bank_details where staff_file_id = ?",
                fileId).get(0).contains("87654321"), "encrypted at rest (X3)");
        assertEquals(List.of("0", "1", "0"), Sql.column(database, "select count(*) from rec_final_offer"
                + " where application_id = ? and (account_holder is not null or sort_code is not null"
                + " or account_number is not null) union all select count(*) from rec_final_offer"
                + " where application_id = ? and moved_to_staff_at is not null union all select count(*)"
                + " from rec_emergency_contact where application_id = ?", offered.id(), offered.id(), offered.id()),
                "one copy: recruitment keeps neither the bank details nor the contacts, only when they moved");
        OfferView offer = Callers.as(Role.HR, () -> offers.offer(offered.id()));
        assertEquals(today(), offer.movedToStaffOn());
        assertFalse(offer.bankDetailsRecorded());
        assertTrue(Callers.as(Role.HR, () -> staffFiles.pendingHires()).stream()
                .noneMatch(hire -> hire.applicationId() == offered.id()), "nothing left pending");
        assertTrue(Callers.as(Role.HR, () -> register.details(offered.subjectId())).data().categories()
                .contains(SubjectCategory.STAFF));
    }

    @Test
    void aHireWhoseFileFailsToOpenStaysVisibleToHrWithTheReasonAndOpensOnRetry_R2() throws Exception {
        ApplicationView offered = atFinalOffer(person("Pat", SubjectCategory.EMERGENCY_CONTACT));
        swapSortCodeAndAccountNumber(offered);

        hire(offered);

        assertEquals(List.of(), fileOf(offered), "the hire committed; its file did not open");
        PendingHireView pending = Callers.as(Role.HR, () -> staffFiles.pendingHires()).stream()
                .filter(hire -> hire.applicationId() == offered.id()).findFirst().orElseThrow();
        assertEquals(OpeningFailure.ALTERED, pending.failure());
        assertEquals("Payroll officer", pending.jobTitle());
        cache.getCache().evictAll();
        assertEquals(1, SqlStatements.issuedBy(cache, () -> Callers.as(Role.HR, () -> staffFiles.pendingHires()))
                .stream().filter(sql -> sql.startsWith("select") && (sql.contains(" stf_") || sql.contains(" core_")))
                .count(), "the pending hires with their people's names in one statement, however many");
        assertEquals(OpeningFailure.ALTERED, assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> staffFiles.retry(offered.id()))).getMessage(),
                "retried before the cause is put right, it fails again with the same words");
        assertNotNull(Sql.column(database, "select account_number from rec_final_offer where application_id = ?",
                offered.id()).get(0), "a failed opening moved nothing");

        swapSortCodeAndAccountNumber(offered);
        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.retry(offered.id()));

        assertEquals("••••4321", file.maskedAccountNumber());
        assertEquals(List.of(Long.toString(file.id())), fileOf(offered));
        assertTrue(Callers.as(Role.HR, () -> staffFiles.pendingHires()).stream()
                .noneMatch(hire -> hire.applicationId() == offered.id()));
    }

    @Test
    void hrOpensAStaffFileDirectlyForSomeoneNotHiredThroughCustosOnlyOnce_S1_T1() throws Exception {
        long person = person("Omar", SubjectCategory.CLIENT_CONTACT);
        OpenStaffFileForm form = new OpenStaffFileForm(ChosenPerson.known(person), EngagementType.DIRECTOR,
                " Finance director ", LocalDate.of(2019, 4, 1));

        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.open(form));

        assertEquals(List.of(EngagementType.DIRECTOR, "Finance director", LocalDate.of(2019, 4, 1)),
                List.of(file.engagement().type(), file.engagement().jobTitle(), file.engagement().startDate()));
        assertEquals(null, file.hiredApplicationId());
        assertEquals(null, file.maskedAccountNumber());
        assertTrue(Callers.as(Role.HR, () -> register.details(person)).data().categories()
                .contains(SubjectCategory.STAFF), "the person gains the staff category (S2)");
        assertEquals(List.of(file.id()), Callers.as(Role.DPM, () -> staffFiles.filesOf(person)).stream()
                .map(StaffSummary::staffFileId).toList(), "the person's page in the register finds the file");
        assertEquals(file.name() + " already has a staff file for a current engagement.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> staffFiles.open(form)))
                        .getMessage());
    }

    @Test
    void theAdministratorIsRefusedStaffFiles_X6() throws Exception {
        long person = person("Ivy", SubjectCategory.STAFF);
        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Clerk", today())));

        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> staffFiles.file(file.id())));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> staffFiles.pendingHires()));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> staffFiles.bankDetails(file.id())),
                "bank details are for HR only");
    }

    private StaffFileView opened(String given, EngagementType type, String jobTitle) throws Exception {
        long person = person(given, SubjectCategory.STAFF);
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person), type,
                jobTitle, LocalDate.of(2024, 9, 2))));
    }

    private static EngagementForm engagement(String department, Long manager, LocalDate leavingDate, String reason) {
        return new EngagementForm(EngagementType.EMPLOYEE, "Accounts clerk", department, manager, "Leeds office",
                "Permanent", new BigDecimal("37.50"), LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 2),
                leavingDate, reason);
    }

    private StaffFileView changed(StaffFileView file, EngagementForm form) throws Exception {
        return Callers.as(Role.HR, () -> staffFiles.changeEngagement(file.id(), file.version(), form));
    }

    @Test
    void aChangeOfEngagementIsANewDatedRowWithTheHistoryKeptAndALeavingDateMakesAFormerMemberOfStaff_T1_S2()
            throws Exception {
        StaffFileView manager = opened("Mo", EngagementType.EMPLOYEE, "Finance manager");
        StaffFileView file = opened("Ann", EngagementType.INTERN, "Intern");

        StaffFileView moved = changed(file, engagement("Finance", manager.id(), null, null));

        assertEquals(List.of("Accounts clerk", "Intern"), moved.history().stream()
                .map(StaffFileView.EngagementView::jobTitle).toList(), "newest first, the first kept");
        assertEquals(manager.name(), moved.engagement().lineManagerName());
        assertEquals(0, new BigDecimal("37.5").compareTo(moved.engagement().weeklyHours()));
        assertEquals(List.of("2"), Sql.column(database, "select count(*) from stf_engagement where staff_file_id = ?",
                file.id()), "a change adds a row, it does not overwrite one");
        assertEquals(List.of("Accounts clerk"), Sql.column(database,
                "select job_title from stf_engagement where staff_file_id = ? and latest", file.id()),
                "only the new row is the engagement as it stands, which the lists join");
        assertThrows(ConcurrentChange.class, () -> changed(file, engagement("Payroll", null, null, null)),
                "a change made to what someone else has since changed is refused");
        assertEquals("Enter the reason for leaving.", assertThrows(RequestRefused.class,
                () -> changed(moved, engagement("Finance", null, LocalDate.of(2026, 11, 30), null))).getMessage());

        StaffFileView left = changed(moved, engagement("Finance", manager.id(), LocalDate.of(2026, 11, 30),
                "Resigned"));

        assertTrue(left.leaver());
        assertEquals("Resigned", left.engagement().leavingReason());
        var categories = Callers.as(Role.HR, () -> register.details(file.subjectId())).data().categories();
        assertTrue(categories.contains(SubjectCategory.FORMER_STAFF), "recorded as a former member of staff");
        assertFalse(categories.contains(SubjectCategory.STAFF), "no longer a member of staff");
    }

    @Test
    void theViewOfAFileNamesTheLineManagersOfItsWholeHistoryInOneStatement_T1() throws Exception {
        StaffFileView file = opened("Ann", EngagementType.EMPLOYEE, "Clerk");
        for (String manager : List.of("Mo", "Jo", "Flo", "Bo")) {
            file = changed(file, engagement("Finance", opened(manager, EngagementType.EMPLOYEE, "Manager").id(), null,
                    null));
        }
        long id = file.id();
        cache.getCache().evictAll();

        List<String> statements = SqlStatements.issuedBy(cache, () -> Callers.as(Role.HR, () -> staffFiles.file(id)));

        assertEquals(4, Callers.as(Role.HR, () -> staffFiles.file(id)).history().stream()
                .map(StaffFileView.EngagementView::lineManagerName).filter(Objects::nonNull).distinct()
                .count(), "four rows, each naming another line manager");
        assertTrue(statements.stream().filter(sql -> sql.startsWith("select") && sql.contains(" core_data_subject"))
                .count() <= 3, "the person, the line managers of every row and the contacts: one statement each, "
                + "however many rows\n" + String.join("\n", statements));
    }

    @Test
    void hrAddsAndRemovesEmergencyContactsWhoArePeopleInTheRegister_T1() throws Exception {
        StaffFileView file = opened("Ann", EngagementType.EMPLOYEE, "Clerk");
        long partner = person("Pat", SubjectCategory.CLIENT_CONTACT);

        StaffFileView added = Callers.as(Role.HR, () -> staffFiles.addEmergencyContact(file.id(),
                new EmergencyContactForm(ChosenPerson.known(partner), " Partner ")));

        assertEquals(List.of(partner), added.emergencyContacts().stream()
                .map(StaffFileView.EmergencyContactView::subjectId).toList());
        assertEquals("Partner", added.emergencyContacts().get(0).relationship());
        assertTrue(Callers.as(Role.HR, () -> register.details(partner)).data().categories()
                .contains(SubjectCategory.EMERGENCY_CONTACT), "the contact gains the category");
        assertEquals("This person is already an emergency contact in this staff file.", assertThrows(
                RequestRefused.class, () -> Callers.as(Role.HR, () -> staffFiles.addEmergencyContact(file.id(),
                        new EmergencyContactForm(ChosenPerson.known(partner), "Partner")))).getMessage());
        assertEquals("A member of staff cannot be their own emergency contact.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> staffFiles.addEmergencyContact(file.id(),
                        new EmergencyContactForm(ChosenPerson.known(file.subjectId()), "Self")))).getMessage());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> staffFiles.removeEmergencyContact(
                file.id(), partner)), "the DPM oversees, HR changes");

        StaffFileView removed = Callers.as(Role.HR, () -> staffFiles.removeEmergencyContact(file.id(), partner));

        assertEquals(List.of(), removed.emergencyContacts());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from stf_emergency_contact"
                + " where staff_file_id = ?", file.id()));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> staffFiles.removeEmergencyContact(
                file.id(), partner)));
    }

    @Test
    void theStaffListIsFilteredByStatusTypeAndDepartmentAndPagedInTwoStatements_T1() throws Exception {
        String department = Names.unique("Audit ");
        StaffFileView ann = changed(opened("Ann", EngagementType.EMPLOYEE, "Clerk"),
                engagement(department, null, null, null));
        StaffFileView bob = changed(opened("Bob", EngagementType.EMPLOYEE, "Clerk"),
                engagement(department, null, LocalDate.of(2026, 10, 31), "Retired"));
        StaffFileView cy = changed(opened("Cy", EngagementType.EMPLOYEE, "Clerk"),
                engagement(department, null, null, null));
        opened("Di", EngagementType.VOLUNTEER, "Helper");

        Page<StaffSummary> current = Callers.as(Role.HR, () -> staffFiles.search(new StaffQuery(0, 1, false, null,
                department, null)));
        Page<StaffSummary> leavers = Callers.as(Role.DPM, () -> staffFiles.search(new StaffQuery(0, 10, true,
                EngagementType.EMPLOYEE, department, null)));

        assertEquals(2, current.total(), "Ann and Cy, not Bob who left nor Di elsewhere");
        assertEquals(1, current.rows().size(), "a page of one");
        assertTrue(List.of(ann.id(), cy.id()).contains(current.rows().get(0).staffFileId()));
        assertEquals(List.of(bob.id()), leavers.rows().stream().map(StaffSummary::staffFileId).toList());
        assertEquals(List.of(cy.id()), Callers.as(Role.HR, () -> staffFiles.search(new StaffQuery(0, 10, null, null,
                null, cy.name().toUpperCase())).rows().stream().map(StaffSummary::staffFileId).toList()),
                "found by name, whatever the case");
        assertEquals(2, SqlStatements.issuedBy(cache, () -> Callers.as(Role.HR, () -> staffFiles.search(
                new StaffQuery(0, 50, null, null, department, null)))).stream()
                .filter(sql -> sql.startsWith("select") && sql.contains(" stf_")).count(),
                "the page and its count, however many rows (no statement per row)");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> staffFiles.search(
                new StaffQuery(0, 10, null, null, null, null))), "X6");
    }

    /** As the rights and retention engines will: the staff holder found among all, in their transaction. */
    private <T> T throughTheSpi(java.util.function.Function<PersonalDataHolder, T> work) throws Exception {
        PersonalDataHolder staff = holders.stream().filter(holder -> holder.context() == DataContext.STAFF)
                .findFirst().orElseThrow();
        transaction.begin();
        try {
            return work.apply(staff);
        } finally {
            transaction.commit();
        }
    }

    private void leftOn(long fileId, LocalDate leavingDate) throws Exception {
        Sql.execute(database, "update stf_engagement set start_date = ?, leaving_date = ?, leaving_reason = 'Resigned'"
                + " where staff_file_id = ?", leavingDate.minusYears(3), leavingDate, fileId);
        cache.getCache().evictAll();
    }

    @Test
    void theStaffHolderExportsRectifiesAndErasesThroughTheSpiKeepingAFileForSixYearsAfterLeaving_R3_D3_D5()
            throws Exception {
        long partner = person("Pat", SubjectCategory.EMERGENCY_CONTACT);
        ApplicationView offered = atFinalOffer(partner);
        hire(offered);
        long fileId = Long.parseLong(fileOf(offered).get(0));
        long subject = offered.subjectId();

        SubjectDataSection export = throughTheSpi(holder -> holder.export(subject));
        assertEquals(List.of("StaffFile", "Engagement", "BankDetails", "EmergencyContact"),
                export.items().stream().map(SubjectDataSection.DataItem::recordType).toList());
        assertTrue(export.items().get(2).fields().contains(new SubjectDataSection.Field("Account number",
                "87654321")), "the bank details in full, for the person themselves (D3)");
        assertEquals(List.of("EmergencyContact"), throughTheSpi(holder -> holder.export(partner)).items().stream()
                .map(SubjectDataSection.DataItem::recordType).toList(), "where the partner is named");

        List<CorrectableField> fields = throughTheSpi(holder -> holder.correctable(subject));
        CorrectableField jobTitle = fields.stream().filter(field -> field.field().equals("Job title")).findFirst()
                .orElseThrow();
        CorrectableField account = fields.stream().filter(field -> field.field().equals("Account number"))
                .findFirst().orElseThrow();
        RectificationOutcome corrected = throughTheSpi(holder -> holder.rectify(subject, List.of(
                new Correction(1, jobTitle.recordType(), jobTitle.recordId(), "Job title", "Senior payroll officer"),
                new Correction(2, account.recordType(), account.recordId(), "Account number", "1111"))));
        assertEquals(1, corrected.corrected());
        assertEquals(Set.of(2L), corrected.refused().keySet(), "an account number breaks the form's rules");
        assertEquals("Senior payroll officer", Callers.as(Role.HR, () -> staffFiles.file(fileId)).engagement()
                .jobTitle());

        ErasureOutcome whileEmployed = throughTheSpi(holder -> holder.erase(subject));
        assertEquals(0, whileEmployed.erased());
        assertTrue(whileEmployed.keptWithReasons().get(0).contains("the engagement continues"));

        LocalDate leftRecently = today().minusYears(1);
        leftOn(fileId, leftRecently);
        assertEquals(List.of("Staff file " + fileId + ": kept until "
                        + OrganisationTime.DAY.format(leftRecently.plusYears(6))
                        + ", 6 years after the leaving date, as the law on employment records asks."),
                throughTheSpi(holder -> holder.erase(subject)).keptWithReasons());

        LocalDate leftLongAgo = today().minusYears(7);
        leftOn(fileId, leftLongAgo);
        List<RetentionItem> due = throughTheSpi(holder -> holder.dueForReview(today()));
        assertTrue(due.contains(new RetentionItem("staff", "StaffFile", Long.toString(fileId), subject,
                leftLongAgo.plusYears(6), "retention.staff-file",
                "Leaving date: " + OrganisationTime.DAY.format(leftLongAgo) + ".")), "due six years after leaving (R3)");
        assertTrue(throughTheSpi(PersonalDataHolder::retentionRules).stream()
                .anyMatch(rule -> rule.rule().equals("R3") && rule.key().equals("retention.staff-file")));

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(subject));

        assertEquals(List.of(), erased.keptWithReasons());
        assertEquals(List.of("0", "0", "0", "0"), Sql.column(database, "select count(*) from stf_staff_file"
                + " where id = ? union all select count(*) from stf_engagement where staff_file_id = ?"
                + " union all select count(*) from stf_bank_details where staff_file_id = ?"
                + " union all select count(*) from stf_emergency_contact where staff_file_id = ?",
                fileId, fileId, fileId, fileId), "nothing of the file is left in the database");
    }

    @Test
    void whatIsDueIsReadInTheSameFewStatementsHoweverManyLeaversThereAre_R3_R6_X1() throws Exception {
        long first = opened("Lea", EngagementType.EMPLOYEE, "Accounts clerk").id();
        leftOn(first, today().minusYears(7));
        List<String> forOne = dueStatements();
        List<Long> more = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long file = opened("Lea", EngagementType.EMPLOYEE, "Accounts clerk").id();
            leftOn(file, today().minusYears(8).plusDays(i));
            more.add(file);
        }

        List<String> forFour = dueStatements();
        List<String> due = throughTheSpi(holder -> holder.dueForReview(today())).stream()
                .filter(item -> item.recordType().equals("StaffFile")).map(RetentionItem::recordId).toList();

        assertEquals(forOne.size(), forFour.size(), "the former list read each leaver's engagement apart: " + forFour);
        assertTrue(due.contains(Long.toString(first)) && more.stream().allMatch(file -> due.contains(
                Long.toString(file))), due.toString());
    }

    /** The statements the staff holder's list of what is due issues. */
    private List<String> dueStatements() throws Exception {
        cache.getCache().evictAll();
        return SqlStatements.issuedBy(cache, () -> throughTheSpi(holder -> holder.dueForReview(today()))).stream()
                .filter(sql -> sql.startsWith("select")).toList();
    }

    @Test
    void theHolderCountsInSqlThePeopleWithAFileOnce_X5() throws Exception {
        String held = throughTheSpi(staff -> staff.heldData().peopleQuery());
        long before = countOf(held);

        opened("Hal", EngagementType.EMPLOYEE, "Accounts clerk");
        person("Ivy", SubjectCategory.STAFF);

        assertEquals(before + 1, countOf(held), "Hal has a file, Ivy is only in the register");
    }

    private long countOf(String people) throws Exception {
        return Long.parseLong(Sql.column(database, "select count(distinct subject_id) from (" + people + ") held")
                .get(0));
    }
}
