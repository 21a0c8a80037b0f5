package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Sha256;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
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
import org.custos.recruitment.api.FinalOffers;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.ClearanceForm;
import org.custos.staff.api.ConflictForm;
import org.custos.staff.api.ConflictReviewForm;
import org.custos.staff.api.EngagementForm;
import org.custos.staff.api.ExpiringPermission;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.RetentionDatesView;
import org.custos.staff.api.RightToWorkForm;
import org.custos.staff.api.StaffChecks;
import org.custos.staff.api.StaffChecksView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A staff file's checks and documents on Payara Micro with PostgreSQL (T1, R2, R3): right to work with its copies,
 * conflicts of interest, clearances and documents, recorded and read by HR only; the permissions ending soon, as far
 * ahead as the setting says; each record group exported, right-to-work copies erased on their own clock, and the
 * hired application and a hire still waiting for its file going with the person's staff data.
 */
@ExtendWith(ArquillianExtension.class)
class StaffChecksIT {

    private static final String EXPIRY_SETTING = "calendar.staff-expiry-notice";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    StaffChecks checks;

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
    Settings settings;

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

    private long opened(String given) throws Exception {
        long person = aPerson().called(given).as(SubjectCategory.STAFF).registeredIn(register).id();
        return Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(ChosenPerson.known(person),
                EngagementType.EMPLOYEE, "Clerk", LocalDate.of(2020, 9, 1)))).id();
    }

    private static RightToWorkForm rightToWork(LocalDate checkedOn, LocalDate expiresOn, byte[] copy) {
        return new RightToWorkForm(checkedOn, " Hana HR ", expiresOn == null ? RightToWorkPermission.UNLIMITED
                : RightToWorkPermission.TIME_LIMITED, expiresOn, List.of(new DocumentUpload("passport.pdf", copy)));
    }

    private StaffChecksView recorded(long fileId, RightToWorkForm form) throws Exception {
        return Callers.as(Role.HR, () -> checks.recordRightToWork(fileId, form));
    }

    @Test
    void rightToWorkConflictsClearancesAndDocumentsAreRecordedAndReadByHrOnly_T1_X1() throws Exception {
        long fileId = opened("Ravi");
        byte[] passport = Documents.pdf("Passport");
        LocalDate expires = today().plusMonths(18);

        StaffChecksView view = recorded(fileId, rightToWork(today().minusDays(2), expires, passport));
        StaffChecksView.ConflictView declared = Callers.as(Role.HR, () -> checks.declareConflict(fileId,
                new ConflictForm(today().minusDays(1), "Partner is a director of a supplier"))).conflicts().get(0);
        Callers.as(Role.HR, () -> checks.reviewConflict(fileId, declared.id(), declared.version(),
                new ConflictReviewForm("Finance director", today(), "Kept out of that supplier's tenders")));
        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR,
                () -> checks.reviewConflict(fileId, declared.id(), declared.version(),
                        new ConflictReviewForm("Chief executive", today(), "No action"))));
        assertTrue(stale.getMessage().startsWith("This declaration was changed by someone else"), stale.getMessage());
        Callers.as(Role.HR, () -> checks.recordClearance(fileId, new ClearanceForm("SC",
                "United Kingdom Security Vetting", today().minusYears(1), today().plusYears(4))));
        view = Callers.as(Role.HR, () -> checks.attach(fileId, StaffDocumentKind.CONTRACT,
                new DocumentUpload("contract.pdf", Documents.pdf("Contract of employment"))));

        StaffChecksView.RightToWorkView check = view.rightToWork().get(0);
        assertEquals(List.of("Hana HR", expires, expires.minusDays(1)),
                List.of(check.checkedBy(), check.expiresOn(), check.recheckDue()),
                "a time-limited permission is re-checked before it expires");
        assertEquals(Sha256.hex(passport), check.copies().get(0).sha256());
        assertArrayEquals(passport, Callers.as(Role.HR, () -> checks.document(fileId, check.copies().get(0).id()))
                .content());
        StaffChecksView.ConflictView conflict = view.conflicts().get(0);
        assertEquals(List.of("Finance director", today(), "Kept out of that supplier's tenders"),
                List.of(conflict.reviewedBy(), conflict.reviewedOn(), conflict.outcome()));
        assertEquals(List.of("SC", "United Kingdom Security Vetting"), List.of(view.clearances().get(0).level(),
                view.clearances().get(0).vettingBody()));
        assertEquals(List.of(StaffDocumentKind.CONTRACT), view.documents().stream()
                .map(document -> document.kind()).toList(), "the copies are listed with their check, not here");
        assertEquals(view, Callers.as(Role.HR, () -> checks.checks(fileId)));

        RequestRefused renamed = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> checks.attach(fileId, StaffDocumentKind.OTHER, new DocumentUpload("scan.pdf",
                        Documents.executable()))));
        assertTrue(renamed.getMessage().contains("scan.pdf is not a document Custos accepts"), renamed.getMessage());
        assertEquals("Attach right-to-work copies with the check they belong to.", assertThrows(
                RequestRefused.class, () -> Callers.as(Role.HR, () -> checks.attach(fileId,
                        StaffDocumentKind.RIGHT_TO_WORK, new DocumentUpload("visa.pdf", passport)))).getMessage());
        assertEquals("Enter the date the time-limited permission expires.", assertThrows(RequestRefused.class,
                () -> recorded(fileId, new RightToWorkForm(today(), "Hana HR", RightToWorkPermission.TIME_LIMITED,
                        null, List.of(new DocumentUpload("visa.pdf", passport))))).getMessage());
        assertEquals(List.of("1", "2"), Sql.column(database, "select count(*) from stf_right_to_work"
                + " where staff_file_id = ? union all select count(*) from stf_document where staff_file_id = ?",
                fileId, fileId), "nothing of a refused check or document is stored");
        for (Role role : List.of(Role.DPM, Role.ADMIN, Role.HIRING_MANAGER)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> checks.checks(fileId)),
                    "checks are HR's: " + role);
        }
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> checks.declareConflict(fileId,
                new ConflictForm(today(), "Anything"))));
    }

    /** Every row of HR's list, page by page. */
    private List<ExpiringPermission> expiringList() throws Exception {
        List<ExpiringPermission> all = new ArrayList<>();
        for (int first = 0; ; first += 200) {
            int from = first;
            Page<ExpiringPermission> page = Callers.as(Role.HR, () -> checks.expiring(from, 200));
            all.addAll(page.rows());
            if (all.size() >= page.total()) {
                return all;
            }
        }
    }

    private List<String> expiringOf(Set<Long> fileIds) throws Exception {
        return expiringList().stream().filter(row -> fileIds.contains(row.staffFileId()))
                .map(row -> row.what() + " " + row.expiresOn()).toList();
    }

    @Test
    void hrSeesPermissionsAndClearancesEndingWithinTheSettingSoonestFirstPagedInSql_T1() throws Exception {
        long ravi = opened("Ravi");
        long sam = opened("Sam");
        long leaver = opened("Lee");
        byte[] copy = Documents.pdf("Biometric residence permit");
        recorded(ravi, rightToWork(today().minusYears(1), today().plusDays(10), copy));
        recorded(sam, rightToWork(today().minusYears(1), today().plusDays(5), copy));
        recorded(sam, rightToWork(today(), today().plusYears(2), copy));
        Callers.as(Role.HR, () -> checks.recordClearance(ravi, new ClearanceForm("DV", "UKSV",
                today().minusYears(5), today().plusDays(90))));
        recorded(leaver, rightToWork(today().minusYears(1), today().plusDays(3), copy));
        Sql.execute(database, "update stf_engagement set leaving_date = ?, leaving_reason = 'Resigned'"
                + " where staff_file_id = ?", today().minusDays(1), leaver);
        cache.getCache().evictAll();
        String rtw = "Right to work ";

        assertEquals(List.of(rtw + today().plusDays(10)), expiringOf(Set.of(ravi, sam, leaver)),
                "within 60 days by default; Sam's re-check replaced the permission ending, and Lee has left");

        Callers.as(Role.DPM, () -> settings.change(EXPIRY_SETTING, "P120D"));
        try {
            assertEquals(List.of(rtw + today().plusDays(10), "Security clearance (DV) " + today().plusDays(90)),
                    expiringOf(Set.of(ravi, sam, leaver)), "as far ahead as the setting says, soonest first");
            Page<ExpiringPermission> first = Callers.as(Role.HR, () -> checks.expiring(0, 1));
            assertEquals(1, first.rows().size());
            assertTrue(first.total() >= 2);
            cache.getCache().evictAll();
            assertEquals(2, SqlStatements.issuedBy(cache, () -> Callers.as(Role.HR, () -> checks.expiring(0, 50)))
                    .stream().filter(sql -> sql.startsWith("select") && sql.contains(" stf_")).count(),
                    "the page and its count, however many rows");
        } finally {
            Callers.as(Role.DPM, () -> settings.change(EXPIRY_SETTING, ""));
        }
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM, () -> checks.expiring(0, 10)));
    }

    private List<String> retentionDates(long fileId) throws Exception {
        RetentionDatesView dates = Callers.as(Role.HR, () -> checks.retentionDates(fileId));
        return dates.groups().stream().map(group -> group.name() + ", " + group.period() + ", " + group.keptUntil())
                .toList();
    }

    @Test
    void hrSeesUntilWhenEachRecordGroupIsKeptFromTheLeavingDateEachByItsOwnSetting_R3() throws Exception {
        long fileId = opened("Leah");
        assertEquals(List.of("The staff file, 6 years, null", "Right-to-work copies, 2 years, null",
                "Sickness absences and their health details, 6 years, null"), retentionDates(fileId),
                "no dates while the engagement continues");
        LocalDate left = today().minusMonths(2);
        long version = Callers.as(Role.HR, () -> staffFiles.file(fileId)).version();
        Callers.as(Role.HR, () -> staffFiles.changeEngagement(fileId, version, new EngagementForm(
                EngagementType.EMPLOYEE, "Clerk", null, null, null, null, null, LocalDate.of(2020, 9, 1), null, left,
                "Resigned")));

        assertEquals(List.of("The staff file, 6 years, " + left.plusYears(6),
                "Right-to-work copies, 2 years, " + left.plusYears(2),
                "Sickness absences and their health details, 6 years, " + left.plusYears(6)), retentionDates(fileId));
        Callers.as(Role.DPM, () -> settings.change("retention.staff-right-to-work", "P3Y"));
        try {
            assertEquals("Right-to-work copies, 3 years, " + left.plusYears(3), retentionDates(fileId).get(1),
                    "the period as the setting holds it");
        } finally {
            Callers.as(Role.DPM, () -> settings.change("retention.staff-right-to-work", ""));
        }
        String reads = "select count(*) from sec_audit_entry where record_type = 'StaffFile' and record_id = ?"
                + " and action = 'READ' and outcome = 'SUCCESS' and actor = ?";
        int before = Integer.parseInt(Sql.column(database, reads, Long.toString(fileId),
                Callers.principal(Role.HR)).get(0));
        retentionDates(fileId);
        assertEquals(List.of(Integer.toString(before + 1)), Sql.column(database, reads, Long.toString(fileId),
                Callers.principal(Role.HR)), "each read audited");
        for (Role role : List.of(Role.DPM, Role.ADMIN, Role.HIRING_MANAGER)) {
            assertThrows(EJBAccessException.class, () -> Callers.as(role, () -> checks.retentionDates(fileId)),
                    "HR only: " + role);
        }
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

    /** A hired applicant; {@code opens} false alters the offer's bank details so that the file does not open. */
    private ApplicationView hired(boolean opens) throws Exception {
        CampaignView campaign = Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(Names.unique("Stores "),
                "Storekeeper", today().minusDays(20), today().plusDays(20), Set.of())));
        long applicant = aPerson().called("Nia").as(SubjectCategory.JOB_APPLICANT).registeredIn(register).id();
        ApplicationView received = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(applicant), ApplicationSource.DIRECT, null, today().minusDays(10))));
        Sql.execute(database, "update rec_application set status = 'FINAL_OFFER' where id = ?", received.id());
        cache.getCache().evictAll();
        Callers.as(Role.HR, () -> offers.recordBankDetails(received.id(), null,
                new BankDetailsForm(today(), "Nia Applicant", "123456", "87654321")));
        if (!opens) {
            Sql.execute(database, "update rec_final_offer set account_number = sort_code, sort_code = account_number"
                    + " where application_id = ?", received.id());
            cache.getCache().evictAll();
        }
        ApplicationView offered = Callers.as(Role.HR, () -> applications.application(received.id()));
        Callers.as(Role.HR, () -> applications.hire(offered.id(), offered.version(), today()));
        return offered;
    }

    private void leftOn(long fileId, LocalDate leavingDate) throws Exception {
        Sql.execute(database, "update stf_engagement set start_date = ?, leaving_date = ?, leaving_reason = 'Resigned'"
                + " where staff_file_id = ?", leavingDate.minusYears(3), leavingDate, fileId);
        cache.getCache().evictAll();
    }

    private static SubjectDataSection.Field about(String text) {
        return new SubjectDataSection.Field(SubjectDataSection.ABOUT, text);
    }

    private List<String> counts(String... statements) throws Exception {
        List<String> counts = new ArrayList<>();
        for (String statement : statements) {
            counts.addAll(Sql.column(database, statement));
        }
        return counts;
    }

    @Test
    void theHolderExportsEachGroupAndErasesRightToWorkCopiesTwoYearsAfterLeavingThenTheFileWithItsApplication_R3_R2()
            throws Exception {
        ApplicationView offered = hired(true);
        long subject = offered.subjectId();
        long fileId = Long.parseLong(Sql.column(database, "select id from stf_staff_file where hired_application_id"
                + " = ?", offered.id()).get(0));
        byte[] passport = Documents.pdf("Passport");
        byte[] contract = Documents.pdf("Contract");
        recorded(fileId, rightToWork(today().minusDays(30), null, passport));
        Callers.as(Role.HR, () -> checks.declareConflict(fileId, new ConflictForm(today(), "Shares in a client")));
        Callers.as(Role.HR, () -> checks.recordClearance(fileId, new ClearanceForm("BPSS", "Employer", today(),
                null)));
        Callers.as(Role.HR, () -> checks.attach(fileId, StaffDocumentKind.CONTRACT,
                new DocumentUpload("contract.pdf", contract)));

        SubjectDataSection export = throughTheSpi(holder -> holder.export(subject));

        List<SubjectDataSection.DataItem> items = export.items();
        assertEquals(List.of("RightToWorkCheck", "ConflictDeclaration", "SecurityClearance", "StaffDocument",
                "StaffDocument"), items.subList(items.size() - 5, items.size()).stream()
                .map(SubjectDataSection.DataItem::recordType).toList(), "a section per record group");
        assertTrue(items.stream().anyMatch(item -> item.fields().contains(
                about("Copies of your right-to-work documents"))
                && item.fields().contains(new SubjectDataSection.Field("File name", "passport.pdf"))
                && item.fields().contains(new SubjectDataSection.Field("SHA-256", Sha256.hex(passport)))),
                "documents by name and hash");
        assertTrue(items.stream().anyMatch(item -> item.fields().contains(about("Your contract and other documents"))
                && item.fields().contains(new SubjectDataSection.Field("SHA-256", Sha256.hex(contract)))));

        assertTrue(throughTheSpi(holder -> holder.erase(subject)).keptWithReasons().contains("Right-to-work copies"
                + " of staff file " + fileId + ": kept for the employment and then for 2 years after it ends, as the"
                + " Home Office asks of employers."));
        LocalDate leftRecently = today().minusYears(1);
        leftOn(fileId, leftRecently);
        assertEquals("Right-to-work copies of staff file " + fileId + ": kept until "
                + OrganisationTime.DAY.format(leftRecently.plusYears(2)) + ", 2 years after the employment ended, as"
                + " the Home Office asks of employers.", throughTheSpi(holder -> holder.erase(subject))
                .keptWithReasons().get(0));

        LocalDate leftThreeYearsAgo = today().minusYears(3);
        leftOn(fileId, leftThreeYearsAgo);
        List<RetentionItem> due = throughTheSpi(holder -> holder.dueForReview(today()));
        assertTrue(due.contains(new RetentionItem("staff", "RightToWorkCopies", Long.toString(fileId), subject,
                leftThreeYearsAgo.plusYears(2), "retention.staff-right-to-work",
                "Leaving date: " + OrganisationTime.DAY.format(leftThreeYearsAgo) + ".")), "the copies are due on their own clock");
        assertTrue(due.stream().noneMatch(item -> item.recordType().equals("StaffFile")
                && item.recordId().equals(Long.toString(fileId))), "the file is not due yet");

        ErasureOutcome copiesGone = throughTheSpi(holder -> holder.erase(subject));

        assertEquals(1, copiesGone.erased());
        assertEquals(List.of("Staff file " + fileId + ": kept until "
                + OrganisationTime.DAY.format(leftThreeYearsAgo.plusYears(6))
                + ", 6 years after the leaving date, as the law on employment records asks."),
                copiesGone.keptWithReasons(), "what was kept and why");
        String file = Long.toString(fileId);
        assertEquals(List.of("0", "1", "1", "1", "1"), counts(
                "select count(*) from stf_document where kind = 'RIGHT_TO_WORK' and staff_file_id = " + file,
                "select count(*) from stf_document where kind = 'CONTRACT' and staff_file_id = " + file,
                "select count(*) from stf_right_to_work where staff_file_id = " + file,
                "select count(*) from stf_conflict_declaration where staff_file_id = " + file,
                "select count(*) from stf_security_clearance where staff_file_id = " + file),
                "only the copies went: the check's record and the other groups stay with the file");

        leftOn(fileId, today().minusYears(7));
        ErasureOutcome fileGone = throughTheSpi(holder -> holder.erase(subject));

        assertEquals(List.of(), fileGone.keptWithReasons());
        String application = Long.toString(offered.id());
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0"), counts(
                "select count(*) from stf_staff_file where id = " + file,
                "select count(*) from stf_document where staff_file_id = " + file,
                "select count(*) from stf_right_to_work where staff_file_id = " + file,
                "select count(*) from stf_conflict_declaration where staff_file_id = " + file,
                "select count(*) from stf_security_clearance where staff_file_id = " + file,
                "select count(*) from stf_engagement where staff_file_id = " + file,
                "select count(*) from rec_application where subject_id is not null and id = " + application,
                "select count(*) from rec_application where anonymised_at is not null and id = " + application,
                "select count(*) from rec_final_offer where application_id = " + application),
                "nothing of the file is left, and the hired application went with it (R2): the one hire of its"
                        + " campaign is too few people to stay anonymised, so it was destroyed (R7)");
    }

    @Test
    void anErasedPersonsHireStillWaitingForItsFileGoesWithItsApplicationAndItsRetryIsRefused_R2() throws Exception {
        ApplicationView offered = hired(false);
        assertTrue(Callers.as(Role.HR, () -> staffFiles.pendingHires()).stream()
                .anyMatch(hire -> hire.applicationId() == offered.id()), "the file did not open");
        assertTrue(throughTheSpi(holder -> holder.export(offered.subjectId())).items().stream()
                .anyMatch(item -> item.recordType().equals("PendingHire")));

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(offered.subjectId()));

        assertEquals(2, erased.erased(), "the hire waiting and its application");
        String application = Long.toString(offered.id());
        assertEquals(List.of("0", "0", "0", "0"), counts(
                "select count(*) from stf_pending_hire where application_id = " + application,
                "select count(*) from stf_staff_file where hired_application_id = " + application,
                "select count(*) from rec_application where subject_id is not null and id = " + application,
                "select count(*) from rec_final_offer where application_id = " + application));
        assertEquals(HireOpenings.NOT_WAITING, assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> staffFiles.retry(offered.id()))).getMessage(),
                "a retry does not open a file for the erased person");
        assertFalse(Callers.as(Role.HR, () -> staffFiles.pendingHires()).stream()
                .anyMatch(hire -> hire.applicationId() == offered.id()));
    }
}
