package org.custos.recruitment.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.recruitment.testsupport.CampaignForms.aClosedCampaign;
import static org.custos.recruitment.testsupport.CampaignForms.anOpenCampaign;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.AssessmentType;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.DocumentKind;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.letters.api.LetterFile;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.PossibleDuplicates;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.recruitment.api.ApplicantHired;
import org.custos.recruitment.api.ApplicantLetter;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationQuery;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.ApprovalGroup;
import org.custos.recruitment.api.AssessmentForm;
import org.custos.recruitment.api.Assessments;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.CampaignQuery;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.recruitment.api.ChecksView;
import org.custos.recruitment.api.DeclarationForm;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.recruitment.api.FinalOffers;
import org.custos.recruitment.api.OfferView;
import org.custos.recruitment.api.PreEmploymentChecks;
import org.custos.recruitment.api.ReferenceForm;
import org.custos.recruitment.api.Rejection;
import org.custos.recruitment.api.TalentPoolConsentForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.NewAccount;
import org.custos.security.api.RecordAltered;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.Names;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recruitment context alone on Payara Micro with PostgreSQL, with only its declared dependencies (security,
 * protection): campaigns, the workflow, hiring managers' need to know, the approval gate on the declarations,
 * documents, the talent pool, retention settings, and export and erasure through the SPI.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentContextIT {

    private static final String MANAGER = Callers.principal(Role.HIRING_MANAGER);
    private static final String OTHER_MANAGER = "other-manager";
    private static final String PASSWORD = "Only for tests: 4711 lilac ravens";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("recruitment", ProtectionDeployment.fixtures());
    }

    @Inject
    Campaigns campaigns;

    @Inject
    Applications applications;

    @Inject
    Assessments assessments;

    @Inject
    PreEmploymentChecks checks;

    @Inject
    FinalOffers offers;

    @Inject
    PeopleRegister register;

    @Inject
    Approvals approvals;

    @Inject
    AccountAdministration accounts;

    @Inject
    Settings settings;

    @Inject
    RecruitmentDataHolder holder;

    @Inject
    HiredApplicants hired;

    @Inject
    NoticesGiven noticesGiven;

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

    /** A version of a notice that was issued, which a talent-pool consent names. */
    private long issuedNotice;

    @BeforeEach
    void hiringManagerAccounts() throws Exception {
        issuedNotice = IssuedNotice.versionId(database);
        for (String manager : List.of(MANAGER, OTHER_MANAGER)) {
            if (Sql.column(database, "select count(*) from sec_account where username = ?", manager).get(0)
                    .equals("0")) {
                Callers.as(Role.ADMIN, () -> accounts.create(new NewAccount(manager, "Manager " + manager, PASSWORD,
                        Set.of(Role.HIRING_MANAGER))));
            }
        }
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    private long person(String given, SubjectCategory category) throws Exception {
        return aPerson().called(given).as(category).registeredIn(register).id();
    }

    private ApplicationView applied(CampaignView campaign, ApplicationSource source, String sourceName)
            throws Exception {
        long person = person("Grace", SubjectCategory.JOB_APPLICANT);
        return Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(person), source, sourceName, today().minusDays(10))));
    }

    private ApplicationView moved(Role role, ApplicationView application, ApplicationStatus to) throws Exception {
        return Callers.as(role, () -> applications.move(application.id(), application.version(), to, null));
    }

    private ApplicationView interviewed(Role role, ApplicationView application) throws Exception {
        return Callers.as(role, () -> assessments.record(application.id(), new AssessmentForm(
                AssessmentType.INTERVIEW, today().minusDays(5), "Panel of two", "Strong on reconciliations", 78)));
    }

    private ApplicationView atConditionalOffer(CampaignView campaign) throws Exception {
        ApplicationView application = moved(Role.HR, applied(campaign, ApplicationSource.DIRECT, null),
                ApplicationStatus.SHORTLISTED);
        application = moved(Role.HR, interviewed(Role.HR, application), ApplicationStatus.ASSESSED);
        return moved(Role.HR, application, ApplicationStatus.CONDITIONAL_OFFER);
    }

    /** As the rights engine will: in its transaction, the caller's roles already checked. */
    private ErasureOutcome erase(long subjectId) throws Exception {
        transaction.begin();
        try {
            return holder.erase(subjectId);
        } finally {
            transaction.commit();
        }
    }

    /** As the rights engine will: through the register's holder, in its transaction. */
    private void restrict(long subjectId, boolean restricted) throws Exception {
        PersonalDataHolder register = holders.stream().filter(holder -> holder.context() == DataContext.REGISTER)
                .findFirst().orElseThrow();
        transaction.begin();
        try {
            register.restrict(subjectId, restricted);
        } finally {
            transaction.commit();
        }
    }

    /** As the rights engine will: in its transaction, the caller's roles already checked. */
    private RectificationOutcome rectify(long subjectId, List<Correction> corrections) throws Exception {
        transaction.begin();
        try {
            return holder.rectify(subjectId, corrections);
        } finally {
            transaction.commit();
        }
    }

    private List<String> auditOf(long subjectId) throws Exception {
        return Sql.column(database, "select action || ' ' || coalesce(record_type, '-') || ' ' || outcome"
                + " from sec_audit_entry where subject_id = ? order by position", subjectId);
    }

    @Test
    void anApplicantAddedByAnAgencyOwesANoticeDueAMonthAfterTheDayReceivedAndADirectOneAtCollection_N2()
            throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView byAgency = applied(campaign, ApplicationSource.AGENCY, "Northern Recruiters");
        ApplicationView direct = applied(campaign, ApplicationSource.DIRECT, null);

        List<NoticeGivenView> agencyNotices = Callers.as(Role.DPM, () -> noticesGiven.history(byAgency.subjectId()));
        assertEquals(1, agencyNotices.size());
        NoticeGivenView owed = agencyNotices.get(0);
        assertTrue(owed.owed());
        assertFalse(owed.fromPerson());
        assertEquals(byAgency.receivedOn(), owed.obtainedOn());
        assertEquals(byAgency.receivedOn().plusMonths(1), owed.dueOn());
        assertEquals("Recruitment agency: Northern Recruiters", owed.source());
        assertEquals("recruitment", owed.context());
        assertEquals(byAgency.id(), owed.recordId());
        assertEquals(NoticeAudience.JOB_APPLICANTS, owed.audience());

        NoticeGivenView atCollection = Callers.as(Role.HR, () -> noticesGiven.history(direct.subjectId())).get(0);
        assertTrue(atCollection.fromPerson());
        assertEquals(direct.receivedOn(), atCollection.dueOn(), "due when the data was collected from the person");
    }

    /**
     * The application shows the applicant's notice as the ledger of notices given records it (N2): owed, then given
     * only as the issued version (none issued: refused in words), and a notice moved from before the ledger as given
     * before versions were recorded.
     */
    @Test
    void theApplicationShowsTheLedgersRecordOfTheApplicantsNoticeAndOnlyAnIssuedVersionIsGiven_N2() throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView byAgency = applied(campaign, ApplicationSource.AGENCY, "Northern Recruiters");
        ApplicationView referred = applied(campaign, ApplicationSource.REFERRAL, "A friend");
        assertTrue(byAgency.notice().outstanding());
        assertNull(byAgency.notice().given());
        LocalDate day = byAgency.receivedOn();
        boolean noneIssued = Sql.column(database, "select count(*) from prot_notice_version where notice_id = 1"
                + " and state = 'ISSUED'").get(0).equals("0");
        if (noneIssued) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                    () -> applications.noticeGiven(byAgency.id(), byAgency.version(), day)));
            assertTrue(refused.getMessage().startsWith("The privacy notice for job applicants has no issued version"),
                    refused.getMessage());
        }
        long versionId = 900_000_101L;
        LocalDateTime now = LocalDateTime.now();
        Sql.execute(database, "insert into prot_notice_version (id, version, notice_id, version_number, state, body,"
                + " created_at, created_by, updated_at, updated_by, approved_at, approved_by, issued_at, issued_by)"
                + " values (?, 0, 1, 9101, 'ISSUED', '<p>How we use your application.</p>', ?, 'test', ?, 'test', ?,"
                + " 'test', ?, 'test')", versionId, now, now, now, now.plusYears(50));
        try {
            ApplicationView given = Callers.as(Role.HR,
                    () -> applications.noticeGiven(byAgency.id(), byAgency.version(), day));
            assertFalse(given.notice().outstanding());
            assertEquals(day, given.notice().givenOn());
            assertEquals("Job applicants, version 9101, by email", given.notice().given());
        } finally {
            Sql.execute(database, "update prot_notice_version set state = 'WITHDRAWN', withdrawn_at = ? where id = ?",
                    now, versionId);
            cache.getCache().evictAll();
        }

        Sql.execute(database, "update prot_notice_given set given_on = ? where context = 'recruitment'"
                + " and record_id = ?", day, referred.id());
        cache.getCache().evictAll();
        ApplicationView moved = Callers.as(Role.HR, () -> applications.application(referred.id()));
        assertEquals(day, moved.notice().givenOn());
        assertEquals("Job applicants, given before versions were recorded", moved.notice().given());
        assertFalse(moved.notice().outstanding());
    }

    @Test
    void anApplicantGoesFromReceivedToHiredThroughTheChecksAndTheGate_C1_C2_L4_R2_X3() throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView application = applied(campaign, ApplicationSource.AGENCY, "Northern Recruiters");
        assertEquals(ApplicationStatus.RECEIVED, application.status());
        assertTrue(application.notice().outstanding(), "an agency application starts the notice clock (N2)");
        assertEquals(application.receivedOn().plusMonths(1), application.notice().dueOn());

        RequestRefused skipping = assertThrows(RequestRefused.class,
                () -> moved(Role.HR, application, ApplicationStatus.CONDITIONAL_OFFER));
        assertTrue(skipping.getMessage().contains("moves on to \"Shortlisted\""), skipping.getMessage());

        ApplicationView shortlisted = moved(Role.HIRING_MANAGER, application, ApplicationStatus.SHORTLISTED);
        ApplicationView assessed = moved(Role.HIRING_MANAGER, interviewed(Role.HIRING_MANAGER, shortlisted),
                ApplicationStatus.ASSESSED);
        assertEquals(List.of("Strong on reconciliations"),
                assessed.assessments().stream().map(a -> a.notes()).toList());
        ApplicationView offered = moved(Role.HR, assessed, ApplicationStatus.CONDITIONAL_OFFER);
        long applicant = offered.subjectId();

        RequestRefused early = assertThrows(RequestRefused.class,
                () -> moved(Role.HR, offered, ApplicationStatus.CHECKS_COMPLETE));
        assertTrue(early.getMessage().contains("criminal-records declaration"), early.getMessage());

        DeclarationForm health = new DeclarationForm(SpecialCategory.HEALTH, SeededPurposes.RECRUITMENT,
                "Fit for office work; no adjustments needed");
        AccessRefused gated = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> checks.declare(offered.id(), health)));
        assertTrue(gated.getMessage().contains("the DPM has not approved it"), gated.getMessage());
        assertTrue(auditOf(applicant).contains("CREATE PreEmploymentChecks DENIED"), auditOf(applicant).toString());
        assertFalse(auditOf(applicant).contains("CREATE SensitiveRecord DENIED"), "X2: one entry per call, the"
                + " gate's refusal told in the declaration's entry, naming the applicant");
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from sec_audit_entry where subject_id = ?"
                + " and record_type = 'PreEmploymentChecks' and outcome = 'DENIED'"
                + " and detail like '%inside it, SensitiveRecord recorded: Refused%'", applicant));

        ApprovalGroup group = Callers.as(Role.HR, () -> checks.approvalGroup(offered.id()));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> approvals.groupLabel(
                group.key().replaceFirst("\\d+", "0"))), "no campaign 0: an invented group is refused");
        for (SpecialCategory category : List.of(SpecialCategory.HEALTH, SpecialCategory.CRIMINAL_RECORDS)) {
            ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forGroup(
                    group.key(), category, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1",
                    SeededPurposes.RECRUITMENT, "Pre-employment checks", today().plusMonths(2))));
            assertEquals(group.label(), request.groupLabel(), "the label recruitment gives the campaign's group");
            Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), today().plusMonths(2),
                    null));
        }
        long referee = person("Rita", SubjectCategory.REFEREE);
        Callers.as(Role.HR, () -> checks.declare(offered.id(), health));
        Callers.as(Role.HR, () -> checks.declare(offered.id(), new DeclarationForm(SpecialCategory.CRIMINAL_RECORDS,
                SeededPurposes.RECRUITMENT, "No unspent convictions")));
        ChecksView seen = Callers.as(Role.HR, () -> checks.checks(offered.id()));
        ChecksView identity = Callers.as(Role.HR, () -> checks.identityChecked(offered.id(), seen.version(), today()));
        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR,
                () -> checks.qualificationsChecked(offered.id(), seen.version(), today())));
        assertTrue(stale.getMessage().startsWith("This application was changed by someone else"), stale.getMessage());
        Callers.as(Role.HR, () -> checks.qualificationsChecked(offered.id(), identity.version(), today()));
        ChecksView requested = Callers.as(Role.HR, () -> checks.referenceRequested(offered.id(),
                new ReferenceForm(ChosenPerson.known(referee), today())));
        assertEquals(List.of("references"), requested.missing());
        ChecksView.ReferenceView reference = requested.references().get(0);
        ChecksView complete = Callers.as(Role.HR, () -> checks.referenceReceived(offered.id(), reference.id(),
                reference.version(), today()));
        assertTrue(complete.complete());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> checks.referenceReceived(offered.id(),
                reference.id(), reference.version(), today().minusDays(1))), "a second HR user's stale page");
        assertEquals(List.of("2", "0"), Sql.column(database, "select count(*) from sec_sensitive_record"
                + " where subject_id = ? union all select count(*) from sec_sensitive_record where subject_id = ?"
                + " and content like '%office%'", applicant, applicant), "the declarations are stored encrypted (X3)");

        ApplicationView checked = Callers.as(Role.HR, () -> applications.application(offered.id()));
        ApplicationView finalOffer = moved(Role.HR, moved(Role.HR, checked, ApplicationStatus.CHECKS_COMPLETE),
                ApplicationStatus.FINAL_OFFER);
        RequestRefused noBank = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> applications.hire(finalOffer.id(), finalOffer.version(), today().plusDays(30))));
        assertEquals("Record the bank details of the final offer before hiring.", noBank.getMessage());
        OfferView offer = Callers.as(Role.HR, () -> offers.recordBankDetails(finalOffer.id(), null,
                new BankDetailsForm(today(), "Grace Applicant", "123456", "87654321")));
        assertEquals("12-34-56", offer.sortCode());
        assertEquals("••••4321", offer.maskedAccountNumber());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> offers.recordBankDetails(finalOffer.id(),
                null, new BankDetailsForm(today(), "G Applicant", "654321", "12345678"))),
                "a second HR user who saw no bank details yet does not overwrite the first's");
        String stored = Sql.column(database, "select account_number from rec_final_offer where application_id = ?",
                finalOffer.id()).get(0);
        assertFalse(stored.contains("87654321"), "bank details are encrypted at rest (X3): " + stored);
        Sql.execute(database, "update rec_final_offer set account_number = sort_code, sort_code = account_number"
                + " where application_id = ?", finalOffer.id());
        assertEquals("This record cannot be read: it was altered outside Custos.", assertThrows(RecordAltered.class,
                () -> Callers.as(Role.HR, () -> offers.offer(finalOffer.id()))).getMessage(),
                "each detail is bound to its column: swapped by SQL, they are refused, not shown swapped (X3)");
        Sql.execute(database, "update rec_final_offer set account_number = sort_code, sort_code = account_number"
                + " where application_id = ?", finalOffer.id());
        assertEquals("••••4321", Callers.as(Role.HR, () -> offers.offer(finalOffer.id())).maskedAccountNumber());
        long partner = person("Pat", SubjectCategory.EMERGENCY_CONTACT);
        Callers.as(Role.HR, () -> offers.addEmergencyContact(finalOffer.id(), new EmergencyContactForm(
                ChosenPerson.known(partner), "Partner")));

        ApplicationView current = Callers.as(Role.HR, () -> applications.application(finalOffer.id()));
        ApplicationView hiredView = Callers.as(Role.HR, () -> applications.hire(current.id(), current.version(),
                today().plusDays(30)));
        assertEquals(ApplicationStatus.HIRED, hiredView.status());
        assertNull(hiredView.retention().applicationReviewOn(), "hired: part of the staff file (R2)");
        ApplicantHired event = hired.events().stream().filter(e -> e.applicationId() == current.id()).findFirst()
                .orElseThrow();
        assertEquals(List.of(partner), event.emergencyContactIds());
        assertTrue(Callers.as(Role.HR, () -> register.details(applicant)).data().categories()
                .contains(SubjectCategory.STAFF));
        assertEquals(List.of(ApplicationStatus.RECEIVED, ApplicationStatus.SHORTLISTED, ApplicationStatus.ASSESSED,
                ApplicationStatus.CONDITIONAL_OFFER, ApplicationStatus.CHECKS_COMPLETE, ApplicationStatus.FINAL_OFFER,
                ApplicationStatus.HIRED), hiredView.timeline().stream().map(e -> e.to()).toList());
    }

    @Test
    void anApplicationRefusedAfterItsNewApplicantWasRegisteredLeavesNoOneRegistered_S1() throws Exception {
        CampaignView campaign = anOpenCampaign().recordedIn(campaigns);
        CampaignView another = anOpenCampaign().recordedIn(campaigns);
        String familyName = Names.unique("Newcomer");
        SubjectForm newcomer = aPerson().named("Grace", familyName).withAnEmail().as(SubjectCategory.JOB_APPLICANT)
                .form();
        RequestRefused tooEarly = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> applications.receive(new ApplicationForm(campaign.id(), ChosenPerson.someoneNew(newcomer, false),
                        ApplicationSource.DIRECT, null, today().minusDays(30)))));
        assertTrue(tooEarly.getMessage().startsWith("The campaign opens on "), tooEarly.getMessage());
        assertEquals(List.of(), registered(familyName), "the refused application took its new applicant with it");

        ApplicationView received = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.someoneNew(newcomer, false), ApplicationSource.DIRECT, null, today())));
        assertEquals(List.of(Long.toString(received.subjectId())), registered(familyName));

        PossibleDuplicates sameAgain = assertThrows(PossibleDuplicates.class, () -> Callers.as(Role.HR,
                () -> applications.receive(new ApplicationForm(another.id(), ChosenPerson.someoneNew(newcomer, false),
                        ApplicationSource.DIRECT, null, today()))));
        assertEquals(List.of(received.subjectId()), sameAgain.people().stream().map(SubjectSummary::id).toList());
        assertEquals(List.of(Long.toString(received.subjectId())), registered(familyName));
        assertEquals("0", Sql.column(database, "select count(*) from rec_application where campaign_id = ?",
                another.id()).get(0), "nothing is saved while the new applicant may be someone registered");
    }

    private List<String> registered(String familyName) throws Exception {
        return Sql.column(database, "select id from core_data_subject where family_name = ?", familyName);
    }

    @Test
    void aRestrictedApplicantsApplicationIsShownButNotChangedUntilTheRestrictionIsLifted_D6() throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView application = interviewed(Role.HR, moved(Role.HR, applied(campaign, ApplicationSource.DIRECT,
                null), ApplicationStatus.SHORTLISTED));
        long applicant = application.subjectId();
        restrict(applicant, true);

        String restricted = AccessRefused.restricted().getMessage();
        AccessRefused move = assertThrows(AccessRefused.class,
                () -> moved(Role.HIRING_MANAGER, application, ApplicationStatus.ASSESSED));
        assertEquals(restricted, move.getMessage());
        AccessRefused assessment = assertThrows(AccessRefused.class, () -> interviewed(Role.HR, application));
        assertEquals(restricted, assessment.getMessage());
        AccessRefused declaration = assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> checks.declare(application.id(), new DeclarationForm(SpecialCategory.HEALTH,
                        SeededPurposes.RECRUITMENT, "Fit for office work"))));
        assertEquals(restricted, declaration.getMessage());
        AccessRefused another = assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> applications.receive(new ApplicationForm(anOpenCampaign().recordedIn(campaigns).id(),
                        ChosenPerson.known(applicant), ApplicationSource.DIRECT, null, today()))));
        assertEquals(restricted, another.getMessage());
        assertEquals(List.of("UPDATE Application DENIED " + restricted, "CREATE Assessment DENIED " + restricted,
                "CREATE PreEmploymentChecks DENIED " + restricted), Sql.column(database, "select action || ' ' "
                + "|| record_type || ' ' || outcome || ' ' || detail from sec_audit_entry where record_id = ?"
                + " and outcome = 'DENIED' order by position", Long.toString(application.id())));

        ApplicationView shown = Callers.as(Role.HIRING_MANAGER, () -> applications.application(application.id()));
        assertTrue(shown.applicantRestricted(), "the page says so before anyone types");
        assertEquals(ApplicationStatus.SHORTLISTED, shown.status());
        assertEquals(1, shown.assessments().size());
        Callers.as(Role.HR, () -> checks.checks(application.id()));

        restrict(applicant, false);
        assertEquals(ApplicationStatus.ASSESSED,
                moved(Role.HIRING_MANAGER, shown, ApplicationStatus.ASSESSED).status());
    }

    @Test
    void aHiredApplicantsApplicationIsReadOnlyForTheHiringManagerUnlessHrGivesLeaveWhileHrStillCorrectsIt_R2_X1_D5()
            throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView offered = atConditionalOffer(campaign);
        Sql.execute(database, "update rec_application set status = 'HIRED', hired_on = ? where id = ?", today(),
                offered.id());
        cache.getCache().evictAll();

        ApplicationView shown = Callers.as(Role.HIRING_MANAGER, () -> applications.application(offered.id()));
        assertEquals(ApplicationStatus.HIRED, shown.status());
        assertEquals(List.of(), shown.nextSteps(), "no move is offered");
        assertFalse(shown.changeable());
        String readOnly = "The applicant was hired: only HR may change this application now, unless HR lets its"
                + " hiring managers change it.";
        assertEquals(readOnly, assertThrows(RequestRefused.class, () -> interviewed(Role.HIRING_MANAGER, shown))
                .getMessage());
        assertEquals(readOnly, assertThrows(RequestRefused.class, () -> attachedCv(Role.HIRING_MANAGER, shown))
                .getMessage());
        assertThrows(RequestRefused.class, () -> moved(Role.HIRING_MANAGER, shown, ApplicationStatus.ASSESSED));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> applications.letManagersChange(shown.id(), shown.version())));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.DPM,
                () -> applications.letManagersChange(shown.id(), shown.version())));

        ApplicationView corrected = attachedCv(Role.HR, interviewed(Role.HR, shown));
        assertTrue(Callers.as(Role.HR, () -> applications.application(offered.id())).changeable());
        assertEquals(2, corrected.assessments().size(), "HR still corrects a hired application");

        ApplicationView allowed = Callers.as(Role.HR, () -> applications.letManagersChange(corrected.id(),
                corrected.version()));
        assertEquals(Callers.principal(Role.HR), allowed.managersLeave().givenBy());
        assertEquals("UPDATE SUCCESS", lastAuditedBy(Role.HR, offered.id()), "the leave is audited");
        assertEquals("The hiring managers may already change this application.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> applications.letManagersChange(allowed.id(), allowed.version())))
                .getMessage());
        assertTrue(Callers.as(Role.HIRING_MANAGER, () -> applications.application(offered.id())).changeable());
        ApplicationView managerChanged = attachedCv(Role.HIRING_MANAGER, interviewed(Role.HIRING_MANAGER, allowed));
        assertEquals(3, managerChanged.assessments().size(), "with the leave the hiring manager adds to it");

        ApplicationView withdrawn = Callers.as(Role.HR, () -> applications.withdrawManagersLeave(
                managerChanged.id(), managerChanged.version()));
        assertNull(withdrawn.managersLeave());
        assertEquals("UPDATE SUCCESS", lastAuditedBy(Role.HR, offered.id()), "the withdrawal is audited");
        assertEquals(readOnly, assertThrows(RequestRefused.class, () -> interviewed(Role.HIRING_MANAGER, withdrawn))
                .getMessage());
        assertEquals(List.of("The hiring managers may change this application",
                "The hiring managers' leave to change this application withdrawn"), withdrawn.timeline().stream()
                .filter(entry -> entry.from() == ApplicationStatus.HIRED).map(ApplicationView.TimelineEntry::note)
                .toList(), "who gave and withdrew the leave, and when, is in the timeline");
        assertEquals(3, withdrawn.assessments().size(), "nothing more was added");
    }

    @Test
    void theRejectionLetterSaysHowLongTheApplicationIsKeptAndGivesTheReasonOnlyWhenItMayBeTold_R1() throws Exception {
        CampaignView campaign = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        ApplicationView open = applied(campaign, ApplicationSource.DIRECT, null);
        assertEquals("Only a rejected application has a rejection letter: this one is received.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                        () -> applications.rejectionLetter(open.id(), LetterFile.Format.PDF))).getMessage());
        ApplicationView told = Callers.as(Role.HR, () -> applications.reject(open.id(), open.version(),
                new Rejection("The role needs a full driving licence.", true, null)));

        ApplicantLetter pdf = Callers.as(Role.HR, () -> applications.rejectionLetter(told.id(),
                LetterFile.Format.PDF));
        assertEquals("rejection-letter-" + told.id() + ".pdf", pdf.fileName());
        String keptUntil = OrganisationTime.DAY.format(campaign.closesOn().plusMonths(6));
        assertSays(PdfText.of(pdf.content()), "Your application for " + campaign.jobRole(), "Dear " + told.applicantName(),
                "We will not be taking your application for " + campaign.jobRole() + " further. The role needs a"
                        + " full driving licence.", "for 6 months after the campaign closes, until " + keptUntil);
        assertEquals("EXPORT SUCCESS", lastAuditedBy(Role.HR, told.id()), "the letter's download is audited");

        ApplicantLetter docx = Callers.as(Role.HIRING_MANAGER, () -> applications.rejectionLetter(told.id(),
                LetterFile.Format.DOCX));
        assertSays(docxText(docx), "We will not be taking your application for " + campaign.jobRole()
                + " further. The role needs a full driving licence.", "until " + keptUntil);
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER, () -> applications.rejectionLetter(
                applied(anOpenCampaign().managedBy(OTHER_MANAGER).recordedIn(campaigns), ApplicationSource.DIRECT,
                        null).id(), LetterFile.Format.PDF)), "only the campaign's hiring managers (X1)");

        ApplicationView other = applied(campaign, ApplicationSource.DIRECT, null);
        ApplicationView notTold = Callers.as(Role.HR, () -> applications.reject(other.id(), other.version(),
                new Rejection("Weaker interview than the others.", false, null)));
        String withoutReason = docxText(Callers.as(Role.HR, () -> applications.rejectionLetter(notTold.id(),
                LetterFile.Format.DOCX)));
        assertSays(withoutReason, "We will not be taking your application for " + campaign.jobRole() + " further.");
        assertFalse(withoutReason.contains("Weaker interview"), "a reason not to be told stays out: " + withoutReason);
    }

    private static String docxText(ApplicantLetter letter) throws Exception {
        assertTrue(letter.fileName().endsWith(".docx"), letter.fileName());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(letter.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** Each part is in the text, its lines joined as a reader reads them. */
    private static void assertSays(String text, String... parts) {
        String read = text.replaceAll("\\s+", " ");
        for (String part : parts) {
            assertTrue(read.contains(part), "missing \"" + part + "\" in:\n" + text);
        }
    }

    @Test
    void leaveForTheHiringManagersIsGivenOnlyAfterHire_R2() throws Exception {
        ApplicationView open = applied(anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns),
                ApplicationSource.DIRECT, null);
        assertEquals("Hiring managers need leave to change an application only once its applicant is hired.",
                assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                        () -> applications.letManagersChange(open.id(), open.version()))).getMessage());
    }

    private String lastAuditedBy(Role role, long applicationId) throws Exception {
        return Sql.column(database, "select action || ' ' || outcome from sec_audit_entry where record_id = ?"
                + " and actor = ? order by position desc limit 1", Long.toString(applicationId),
                Callers.principal(role)).get(0);
    }

    private ApplicationView attachedCv(Role role, ApplicationView application) throws Exception {
        return Callers.as(role, () -> applications.attach(application.id(), DocumentKind.CV,
                new DocumentUpload("cv.pdf", Documents.pdf("CV"))));
    }

    @Test
    void aHiringManagerSeesAndAssessesOnlyTheCampaignsTheyAreNamedOn_X1() throws Exception {
        CampaignView mine = anOpenCampaign().managedBy(MANAGER).recordedIn(campaigns);
        CampaignView theirs = anOpenCampaign().managedBy(OTHER_MANAGER).recordedIn(campaigns);
        ApplicationView visible = applied(mine, ApplicationSource.DIRECT, null);
        ApplicationView hidden = applied(theirs, ApplicationSource.DIRECT, null);

        AccessRefused refused = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HIRING_MANAGER, () -> applications.application(hidden.id())));
        assertTrue(refused.getMessage().contains("need to know"), refused.getMessage());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from sec_audit_entry where action = 'READ'"
                + " and record_type = 'Application' and record_id = ? and outcome = 'DENIED'",
                Long.toString(hidden.id())), "the refusal is audited");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER, () -> assessments.record(
                hidden.id(), new AssessmentForm(AssessmentType.TEST, today(), "Me", null, 50))));
        assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HIRING_MANAGER, () -> campaigns.campaign(theirs.id())));

        List<Long> seen = Callers.as(Role.HIRING_MANAGER, () -> applications.search(new ApplicationQuery(0, 200,
                null, null, null))).rows().stream().map(ApplicationSummary::id).toList();
        assertTrue(seen.contains(visible.id()));
        assertFalse(seen.contains(hidden.id()));
        assertTrue(Callers.as(Role.HIRING_MANAGER, () -> campaigns.search(new CampaignQuery(0, 200, null, null)))
                .rows().stream().allMatch(c -> c.hiringManagers().contains(MANAGER)));

        assertEquals(List.of(ApplicationStatus.SHORTLISTED),
                Callers.as(Role.HIRING_MANAGER, () -> applications.application(visible.id())).nextSteps());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> applications.reject(visible.id(), visible.version(), new Rejection("No", false, null))));
        assertThrows(EJBAccessException.class,
                () -> Callers.as(Role.HIRING_MANAGER, () -> offers.offer(visible.id())));
        assertThrows(EJBAccessException.class,
                () -> Callers.as(Role.ADMIN, () -> applications.application(visible.id())));
        RequestRefused notAManager = assertThrows(RequestRefused.class, () -> anOpenCampaign().titled("Nobody's")
                .running(today(), today().plusDays(9)).managedBy("hr-tester").recordedIn(campaigns));
        assertTrue(notAManager.getMessage().contains("not an active account with the hiring manager role"));
    }

    @Test
    void campaignsAndApplicantsAreFoundWithOrWithoutAccentsAndATypedPercentOrUnderscoreOnlyFindsItself()
            throws Exception {
        String title = Names.unique("Café");
        CampaignView percent = anOpenCampaign().titled(title + " 100%").recordedIn(campaigns);
        CampaignView thousand = anOpenCampaign().titled(title + " 1000").recordedIn(campaigns);
        String plainTitle = title.replace("é", "e").toUpperCase();
        assertEquals(Set.of(percent.id(), thousand.id()), campaignsFound(plainTitle));
        assertEquals(Set.of(percent.id()), campaignsFound(plainTitle + " 100%"));
        assertEquals(Set.of(), campaignsFound(title + " 1_00"));

        String family = Names.unique("Ñúñez");
        ApplicationView zoe = applicant(percent, "Zoë", family + "%");
        ApplicationView zoey = applicant(percent, "Zoe", family + "y");
        String plainName = "zoe nunez" + family.substring("Ñúñez".length());
        assertEquals(Set.of(zoe.id(), zoey.id()), applicantsFound(percent, plainName));
        assertEquals(Set.of(zoe.id()), applicantsFound(percent, plainName + "%"));
        assertEquals(Set.of(), applicantsFound(percent, plainName.substring(0, plainName.length() - 1) + "_y"));
    }

    private Set<Long> campaignsFound(String text) throws Exception {
        return Callers.as(Role.HR, () -> campaigns.search(new CampaignQuery(0, 200, text, null))).rows().stream()
                .map(CampaignView::id).collect(Collectors.toSet());
    }

    private ApplicationView applicant(CampaignView campaign, String given, String family) throws Exception {
        long person = aPerson().named(given, family).as(SubjectCategory.JOB_APPLICANT).registeredIn(register).id();
        return Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(person), ApplicationSource.DIRECT, null, today().minusDays(1))));
    }

    private Set<Long> applicantsFound(CampaignView campaign, String name) throws Exception {
        return Callers.as(Role.HR, () -> applications.search(new ApplicationQuery(0, 200, campaign.id(), null,
                name))).rows().stream().map(ApplicationSummary::id).collect(Collectors.toSet());
    }

    @Test
    void documentsAreCheckedByTheirContentNotTheirName() throws Exception {
        ApplicationView application = applied(anOpenCampaign().recordedIn(campaigns), ApplicationSource.DIRECT,
                null);
        byte[] cv = Documents.pdf("Curriculum vitae");
        ApplicationView withCv = Callers.as(Role.HR, () -> applications.attach(application.id(), DocumentKind.CV,
                new DocumentUpload("grace-cv.pdf", cv)));
        assertEquals("application/pdf", withCv.documents().get(0).mediaType());
        assertArrayEquals(cv, Callers.as(Role.HR, () -> applications.document(application.id(),
                withCv.documents().get(0).id())).content());

        RequestRefused renamed = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> applications.attach(application.id(), DocumentKind.CV,
                        new DocumentUpload("cv.pdf", Documents.executable()))));
        assertTrue(renamed.getMessage().contains("cv.pdf is not a document Custos accepts"), renamed.getMessage());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from rec_document where application_id = ?",
                application.id()));
    }

    @Test
    void aDocumentKeepsItsNameWithoutFoldersAndDownloadsWithTheExtensionOfItsContent() throws Exception {
        ApplicationView application = applied(anOpenCampaign().recordedIn(campaigns), ApplicationSource.DIRECT,
                null);
        ApplicationView withCv = Callers.as(Role.HR, () -> applications.attach(application.id(), DocumentKind.CV,
                new DocumentUpload("../../scans/grace\u202Ecv.png", Documents.pdf("Curriculum vitae"))));

        assertEquals("gracecv.png", withCv.documents().get(0).fileName());
        assertEquals("gracecv.pdf", Callers.as(Role.HR, () -> applications.document(application.id(),
                withCv.documents().get(0).id())).fileName());
    }

    @Test
    void aDocumentWithMacrosIsRefusedWithAPlainMessageAndNotStored() throws Exception {
        ApplicationView application = applied(anOpenCampaign().recordedIn(campaigns), ApplicationSource.DIRECT,
                null);

        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> applications.attach(application.id(), DocumentKind.CV,
                        new DocumentUpload("cv.docx", Documents.docxWithVbaProject()))));

        assertTrue(refused.getMessage().startsWith("cv.docx contains macros, which Custos does not accept."),
                refused.getMessage());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from rec_document where application_id = ?",
                application.id()));
    }

    @Test
    void aRejectedApplicantsTalentPoolConsentExtendsRetentionUntilWithdrawn_L2_R1() throws Exception {
        CampaignView campaign = anOpenCampaign().recordedIn(campaigns);
        ApplicationView application = applied(campaign, ApplicationSource.DIRECT, null);
        ApplicationView rejected = Callers.as(Role.HR, () -> applications.reject(application.id(),
                application.version(), new Rejection("Another candidate was stronger", true,
                        new TalentPoolConsentForm(issuedNotice, "Keep my application for future vacancies.",
                                ConsentMethod.EMAIL, today(), true, null))));
        assertEquals(campaign.closesOn().plusMonths(6).plusMonths(6), rejected.retention().applicationReviewOn());
        assertEquals(campaign.closesOn().plusMonths(6), rejected.retention().assessmentReviewOn());
        assertTrue(rejected.talentPoolConsent().inForce());

        ApplicationView withdrawn = Callers.as(Role.HR, () -> applications.withdrawTalentPoolConsent(rejected.id(),
                rejected.version(), ConsentMethod.EMAIL));
        assertEquals(today(), withdrawn.talentPoolConsent().withdrawnOn());
        assertEquals(campaign.closesOn().plusMonths(6), withdrawn.retention().applicationReviewOn());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> applications.withdrawTalentPoolConsent(withdrawn.id(), withdrawn.version(),
                        ConsentMethod.PHONE)));

        ApplicationView other = applied(campaign, ApplicationSource.DIRECT, null);
        ApplicationView noConsent = Callers.as(Role.HR, () -> applications.reject(other.id(), other.version(),
                new Rejection("Not shortlisted", false, null)));
        assertNull(noConsent.talentPoolConsent(), "never assumed (L2)");
        ApplicationView third = applied(campaign, ApplicationSource.DIRECT, null);
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> applications.reject(third.id(),
                third.version(), new Rejection("Not shortlisted", false, new TalentPoolConsentForm(null,
                        "Keep my application for future vacancies.", ConsentMethod.FORM, today(), true, null)))),
                "a consent without the notice version the applicant was given is refused (L2)");
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from prot_purpose_stop where subject_id = ?"
                + " and purpose_id = 8 and reason = 'CONSENT_WITHDRAWN'", rejected.subjectId()),
                "the withdrawal stops the talent pool for the applicant (L2)");
    }

    @Test
    void reviewDatesFollowTheDpmsRetentionSettingsAndTheHolderListsWhatIsDue_R1_R6() throws Exception {
        CampaignView old = aClosedCampaign().recordedIn(campaigns);
        long person = person("Olive", SubjectCategory.JOB_APPLICANT);
        ApplicationView application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(old.id(),
                ChosenPerson.known(person), ApplicationSource.DIRECT, null, today().minusDays(350))));
        ApplicationView rejected = Callers.as(Role.HR, () -> applications.reject(application.id(),
                application.version(), new Rejection("Not shortlisted", false, null)));
        assertEquals(old.closesOn().plusMonths(6), rejected.retention().applicationReviewOn());
        assertTrue(Callers.as(Role.DPM, () -> holder.dueForReview(today())).stream()
                .map(RetentionItem::recordId).toList().contains(Long.toString(application.id())));

        try {
            Callers.as(Role.DPM, () -> settings.change("retention.unsuccessful-applicant", "P2Y"));
            ApplicationView longer = Callers.as(Role.HR, () -> applications.application(application.id()));
            assertEquals(old.closesOn().plusYears(2), longer.retention().applicationReviewOn());
            assertFalse(Callers.as(Role.DPM, () -> holder.dueForReview(today())).stream()
                    .map(RetentionItem::recordId).toList().contains(Long.toString(application.id())));
        } finally {
            Callers.as(Role.DPM, () -> settings.change("retention.unsuccessful-applicant", ""));
        }
    }

    @Test
    void whatIsDueIsReadInTheSameFewStatementsHoweverManyApplicationsThereAre_R1_R6_X1() throws Exception {
        CampaignView old = aClosedCampaign().recordedIn(campaigns);
        ApplicationView first = closedApplicant(old, "Dora", true, null);
        List<String> forOne = reading(() -> Callers.as(Role.DPM, () -> holder.dueForReview(today())));
        ApplicationView assessed = closedApplicant(old, "Dora", true, null);
        ApplicationView inThePool = closedApplicant(old, "Dora", false,
                new TalentPoolConsentForm(issuedNotice, "Recruitment privacy notice v3",
                        ConsentMethod.EMAIL, today().minusDays(300), true, null));
        ApplicationView withdrawn = closedApplicant(old, "Dora", false,
                new TalentPoolConsentForm(issuedNotice, "Recruitment privacy notice v3",
                        ConsentMethod.EMAIL, today().minusDays(300), true, null));
        Callers.as(Role.HR, () -> applications.withdrawTalentPoolConsent(withdrawn.id(), withdrawn.version(),
                ConsentMethod.PHONE));

        List<String> forFour = reading(() -> Callers.as(Role.DPM, () -> holder.dueForReview(today())));
        List<String> due = Callers.as(Role.DPM, () -> holder.dueForReview(today())).stream()
                .map(item -> item.recordType() + " " + item.recordId()).toList();

        assertEquals(forOne.size(), forFour.size(), "the former list read each application's consent and assessments"
                + " apart: " + forFour);
        assertTrue(forFour.size() <= 6, "the applications with their campaigns and consents, those assessed, the"
                + " retention settings: " + forFour);
        for (ApplicationView application : List.of(first, assessed, withdrawn)) {
            assertTrue(due.contains("Application " + application.id()), due.toString());
        }
        assertFalse(due.contains("Application " + inThePool.id()), "the talent-pool consent in force extends it (L2)");
        assertTrue(due.contains("AssessmentMaterial " + first.id()) && due.contains("AssessmentMaterial "
                + assessed.id()), due.toString());
        assertFalse(due.contains("AssessmentMaterial " + inThePool.id()), "no assessment material held");
        assertEquals(1, due.stream().filter(("Application " + first.id())::equals).count(), "listed once");
    }

    @Test
    void destroyingADueItemTakesWhatItNamesAndNotThePersonsOtherApplications_R1_R6() throws Exception {
        ApplicationView due = closedApplicant(aClosedCampaign().recordedIn(campaigns), "Edna", true, null);
        ApplicationView later = applied(anOpenCampaign().recordedIn(campaigns), ApplicationSource.DIRECT, null);
        Sql.execute(database, "update rec_application set subject_id = ? where id = ?", due.subjectId(), later.id());
        cache.getCache().evictAll();
        String assessments = "select count(*) from rec_assessment where application_id = " + due.id();
        assertFalse(Sql.column(database, assessments).get(0).equals("0"), "interviewed: assessment material held");

        ErasureOutcome material = destroyed(due, "AssessmentMaterial", ApplicantRetention.ASSESSMENT_MATERIAL);

        assertTrue(material.erased() > 0, material.toString());
        assertEquals(List.of("0"), Sql.column(database, assessments), "the assessment material went");
        assertEquals(List.of(Long.toString(due.subjectId())), Sql.column(database,
                "select subject_id from rec_application where id = ?", due.id()), "its application stays");

        ErasureOutcome application = destroyed(due, "Application", ApplicantRetention.UNSUCCESSFUL_APPLICANT);

        assertTrue(application.erased() > 0, application.toString());
        assertEquals(List.of("0", "0"), List.of(
                Sql.column(database, "select count(*) from rec_application where id = ?", due.id()).get(0),
                Sql.column(database, "select count(*) from rec_application_event where application_id = ?",
                        due.id()).get(0)), "the application went with its events");
        assertEquals(List.of(Long.toString(due.subjectId())), Sql.column(database,
                "select subject_id from rec_application where id = ?", later.id()),
                "the person's application to a later campaign is not due and stays");
        assertEquals(0, destroyed(due, "Application", ApplicantRetention.UNSUCCESSFUL_APPLICANT).erased(), "once");
    }

    /** As the retention engine carries out a reviewer's decision to destroy: in its transaction. */
    private ErasureOutcome destroyed(ApplicationView application, String recordType, RetentionRule rule)
            throws Exception {
        transaction.begin();
        try {
            return holder.dispose(new RetentionItem(DataContext.RECRUITMENT.key(), recordType,
                    Long.toString(application.id()), application.subjectId(), today(), rule.key(), "Campaign closed"),
                    org.custos.protection.spi.Disposal.DESTROY);
        } finally {
            transaction.commit();
        }
    }

    /** A rejected applicant of a campaign closed long ago, interviewed or not, with a talent-pool consent or not. */
    private ApplicationView closedApplicant(CampaignView campaign, String name, boolean interviewed,
            TalentPoolConsentForm consent) throws Exception {
        long person = person(name, SubjectCategory.JOB_APPLICANT);
        ApplicationView application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(person), ApplicationSource.DIRECT, null, today().minusDays(350))));
        if (interviewed) {
            application = interviewed(Role.HR, moved(Role.HR, application, ApplicationStatus.SHORTLISTED));
        }
        ApplicationView toReject = application;
        return Callers.as(Role.HR, () -> applications.reject(toReject.id(), toReject.version(),
                new Rejection("Not shortlisted", false, consent)));
    }

    @Test
    void exportReadsAPersonsApplicationsInTheSameFewStatementsHoweverManyTheyHave_D3() throws Exception {
        long one = person("Grace", SubjectCategory.JOB_APPLICANT);
        withCvAndInterview(anOpenCampaign().recordedIn(campaigns), one);
        long three = person("Grace", SubjectCategory.JOB_APPLICANT);
        for (int i = 0; i < 3; i++) {
            withCvAndInterview(anOpenCampaign().recordedIn(campaigns), three);
        }

        List<String> forOne = reading(() -> Callers.as(Role.DPM, () -> holder.export(one)));
        List<String> forThree = reading(() -> Callers.as(Role.DPM, () -> holder.export(three)));

        assertEquals(9, Callers.as(Role.DPM, () -> holder.export(three)).items().size(),
                "3 applications, 3 CVs, 3 interviews");
        assertEquals(forOne.size(), forThree.size(), "the former export read each application's records apart: "
                + forThree);
        assertTrue(forThree.size() <= 14, "the applications, their campaigns and managers, six kinds of their records,"
                + " the three retention settings, references and contacts naming the person: " + forThree);
    }

    @Test
    void aCampaignsApplicantsPageIsReadInTheSameFewStatementsHoweverManyItShows_X1() throws Exception {
        CampaignView few = anOpenCampaign().recordedIn(campaigns);
        CampaignView many = anOpenCampaign().recordedIn(campaigns);
        for (int i = 0; i < 2; i++) {
            applicant(few, "Ada", "Few" + i);
        }
        for (int i = 0; i < 12; i++) {
            applicant(many, "Ada", "Many" + i);
        }

        List<String> forFew = reading(() -> Callers.as(Role.HR, () -> applications.search(
                new ApplicationQuery(0, 25, few.id(), null, null))));
        List<String> forMany = reading(() -> Callers.as(Role.HR, () -> applications.search(
                new ApplicationQuery(0, 25, many.id(), null, null))));

        assertEquals(forFew.size(), forMany.size(), "the former page read each applicant's name, consent and the"
                + " retention settings apart: " + forMany);
        assertTrue(forMany.size() <= 8, "the page, its count, the campaign's managers, the names, the consents and"
                + " the three retention settings: " + forMany);
    }

    private void withCvAndInterview(CampaignView campaign, long person) throws Exception {
        ApplicationView application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(
                campaign.id(), ChosenPerson.known(person), ApplicationSource.DIRECT, null, today().minusDays(10))));
        Callers.as(Role.HR, () -> applications.attach(application.id(), DocumentKind.CV,
                new DocumentUpload("cv.pdf", Documents.pdf("CV"))));
        interviewed(Role.HR, moved(Role.HR, application, ApplicationStatus.SHORTLISTED));
    }

    /** The statements reading this context's and the register's rows (not the audit's) while the work ran. */
    private List<String> reading(Callable<?> work) throws Exception {
        cache.getCache().evictAll();
        return SqlStatements.issuedBy(cache, work).stream()
                .filter(sql -> sql.startsWith("select") && !sql.contains(" sec_")).toList();
    }

    @Test
    void exportListsEverythingAndErasureAnonymisesButKeepsCountsAndHiredFiles_D3_R7() throws Exception {
        CampaignView campaign = anOpenCampaign().recordedIn(campaigns);
        ApplicationView application = interviewed(Role.HR, moved(Role.HR, applied(campaign, ApplicationSource.DIRECT,
                null), ApplicationStatus.SHORTLISTED));
        long person = application.subjectId();
        ApplicationView withCv = Callers.as(Role.HR, () -> applications.attach(application.id(), DocumentKind.CV,
                new DocumentUpload("cv.pdf", Documents.pdf("CV"))));
        Callers.as(Role.HR, () -> applications.reject(withCv.id(), withCv.version(), new Rejection("Not suitable", false,
                new TalentPoolConsentForm(issuedNotice, "Notice v3",
                        ConsentMethod.FORM, today(), true, null))));

        SubjectDataSection export = Callers.as(Role.DPM, () -> holder.export(person));
        assertEquals(List.of("Application", "Document", "Assessment"),
                export.items().stream().map(SubjectDataSection.DataItem::recordType).toList());
        assertTrue(export.items().get(1).fields().contains(new SubjectDataSection.Field("SHA-256",
                withCv.documents().get(0).sha256())));

        for (int other = 0; other < 4; other++) { // four more rejected direct applicants that month: a group of 5
            ApplicationView more = applied(campaign, ApplicationSource.DIRECT, null);
            Sql.execute(database, "update rec_application set status = 'REJECTED' where id = ?", more.id());
        }
        cache.getCache().evictAll();

        ErasureOutcome erased = erase(person);
        assertEquals(1, erased.erased());
        for (String table : List.of("rec_document", "rec_assessment")) {
            assertEquals(List.of("0"), Sql.column(database, "select count(*) from " + table
                    + " where application_id = ?", application.id()), table);
        }
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_consent"
                + " where context = 'recruitment' and record_id = ?", application.id()), "the talent-pool consent");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from rec_application where subject_id = ?",
                person));
        assertEquals(5, Callers.as(Role.HR, () -> campaigns.campaign(campaign.id()))
                .applicantsIn(ApplicationStatus.REJECTED), "the anonymised application still counts (R7)");
        assertEquals(List.of(today().minusDays(10).withDayOfMonth(1) + " MONTH"), Sql.column(database,
                "select received_on || ' ' || received_precision from rec_application where id = ?",
                application.id()), "received kept to the month: its group holds 5 people (R7)");

        ApplicationView hiredApplication = atConditionalOffer(anOpenCampaign().recordedIn(campaigns));
        Sql.execute(database, "update rec_application set status = 'HIRED' where id = ?", hiredApplication.id());
        cache.getCache().evictAll();
        ErasureOutcome keptHired = erase(hiredApplication.subjectId());
        assertEquals(0, keptHired.erased());
        assertTrue(keptHired.keptWithReasons().get(0).contains("part of the staff file"));
    }

    /**
     * R7 through retention's anonymisation: exactly the item's application, no person, no free text, no dates but
     * the received month (a group of at least k) or year, no events; a lone application in a rare group is destroyed
     * instead, and says so; the campaign's counts stay for the anonymised ones.
     */
    @Test
    void anonymisingKeepsTheMonthInAGroupOfKTheYearInASmallerOneAndDestroysALoneApplication_R7() throws Exception {
        assertTrue(Callers.as(Role.DPM, () -> settings.settings()).stream().anyMatch(setting -> setting.key()
                .equals("calendar.anonymity-group-size") && setting.defaultValue().equals("5")), "k is a setting");
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> settings.change("calendar.anonymity-group-size", "1")));
        CampaignView campaign = anOpenCampaign().recordedIn(campaigns);
        int year = today().getYear() - 1;
        List<ApplicationView> march = new java.util.ArrayList<>();
        for (int day : List.of(3, 5, 10, 20, 28)) {
            march.add(rejectedOn(campaign, ApplicationStatus.REJECTED, LocalDate.of(year, 3, day)));
        }
        List<ApplicationView> scattered = List.of(
                rejectedOn(campaign, ApplicationStatus.REJECTED, LocalDate.of(year, 5, 14)),
                rejectedOn(campaign, ApplicationStatus.REJECTED, LocalDate.of(year, 9, 2)));
        ApplicationView lone = rejectedOn(campaign, ApplicationStatus.WITHDRAWN, LocalDate.of(year, 3, 4));
        Sql.execute(database, "update rec_application set source_name = 'Agency X', closing_reason = 'Too junior',"
                + " identity_checked_on = received_on, identity_checked_by = 'hr'"
                + " where campaign_id = ?", campaign.id());
        ApplicationView elsewhere = applied(anOpenCampaign().recordedIn(campaigns), ApplicationSource.DIRECT, null);
        Sql.execute(database, "update rec_application set subject_id = ? where id = ?", march.get(0).subjectId(),
                elsewhere.id());
        cache.getCache().evictAll();

        for (ApplicationView application : march) {
            anonymised(application);
        }
        List<String> yearWords = List.of(anonymised(scattered.get(0)), anonymised(scattered.get(1)));
        ErasureOutcome destroyed = dispose(lone);

        String id = Long.toString(campaign.id());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from rec_application where campaign_id = "
                + id + " and (subject_id is not null or source_name is not null or closing_reason is not null"
                + " or identity_checked_on is not null"
                + " or identity_checked_by is not null)"), "no person, no free text, no other date (R7)");
        assertEquals(List.of(year + "-03-01 MONTH " + year + "-03-01 00:00:00"), Sql.column(database,
                "select distinct received_on || ' ' || received_precision || ' ' || status_changed_at"
                        + " from rec_application where id in (" + ids(march) + ")"),
                "five in March: kept to the month");
        assertEquals(List.of(year + "-01-01 YEAR " + year + "-01-01 00:00:00"), Sql.column(database,
                "select distinct received_on || ' ' || received_precision || ' ' || status_changed_at"
                        + " from rec_application where id in (" + ids(scattered) + ")"),
                "alone in their months, seven in the year: kept to the year");
        assertTrue(yearWords.get(0).contains("to the year"), yearWords.toString());
        assertEquals(List.of("0", "0"), List.of(
                Sql.column(database, "select count(*) from rec_application where id = ?", lone.id()).get(0),
                Sql.column(database, "select count(*) from rec_application_event where application_id in ("
                        + ids(march) + ", " + lone.id() + ")").get(0)), "the lone one destroyed, events gone");
        assertTrue(destroyed.keptWithReasons().get(0).contains("destroyed instead of anonymised"),
                destroyed.toString());
        assertEquals(List.of(Long.toString(march.get(0).subjectId())), Sql.column(database,
                "select subject_id from rec_application where id = ?", elsewhere.id()),
                "the person's other application is not the item's");
        CampaignView counted = Callers.as(Role.HR, () -> campaigns.campaign(campaign.id()));
        assertEquals(7, counted.applicantsIn(ApplicationStatus.REJECTED), "the counts stay (R7)");
        assertEquals(0, counted.applicantsIn(ApplicationStatus.WITHDRAWN));
    }

    private ApplicationView rejectedOn(CampaignView campaign, ApplicationStatus status, LocalDate receivedOn)
            throws Exception {
        ApplicationView application = applied(campaign, ApplicationSource.DIRECT, null);
        Sql.execute(database, "update rec_application set status = ?, received_on = ? where id = ?", status.name(),
                java.sql.Date.valueOf(receivedOn), application.id());
        return application;
    }

    private String anonymised(ApplicationView application) throws Exception {
        ErasureOutcome outcome = dispose(application);
        assertEquals(1, outcome.erased());
        assertTrue(outcome.keptWithReasons().get(0).contains("was anonymised"), outcome.toString());
        return outcome.keptWithReasons().get(0);
    }

    /** As the retention engine carries out a reviewer's decision: in its transaction. */
    private ErasureOutcome dispose(ApplicationView application) throws Exception {
        transaction.begin();
        try {
            return holder.dispose(new RetentionItem(DataContext.RECRUITMENT.key(), "Application",
                    Long.toString(application.id()), application.subjectId(), today(),
                    ApplicantRetention.UNSUCCESSFUL_APPLICANT.key(), "Campaign closed"),
                    org.custos.protection.spi.Disposal.ANONYMISE);
        } finally {
            transaction.commit();
        }
    }

    private static String ids(List<ApplicationView> applications) {
        return applications.stream().map(application -> Long.toString(application.id()))
                .collect(Collectors.joining(", "));
    }

    @Test
    void rectificationCorrectsBankDetailsAndAddsTheApplicantsStatementToTheAssessorsNotes_D5() throws Exception {
        ApplicationView application = atConditionalOffer(anOpenCampaign().recordedIn(campaigns));
        long person = application.subjectId();
        Sql.execute(database, "update rec_application set status = 'FINAL_OFFER' where id = ?", application.id());
        cache.getCache().evictAll();
        Callers.as(Role.HR, () -> offers.recordBankDetails(application.id(), null,
                new BankDetailsForm(today(), "Grace Applicant", "123456", "87654321")));
        long partner = person("Pat", SubjectCategory.EMERGENCY_CONTACT);
        Callers.as(Role.HR, () -> offers.addEmergencyContact(application.id(), new EmergencyContactForm(
                ChosenPerson.known(partner), "Partner")));

        List<CorrectableField> fields = Callers.as(Role.DPM, () -> holder.correctable(person));
        assertEquals(List.of("Assessment Notes true", "FinalOffer Account holder false",
                "FinalOffer Sort code false", "FinalOffer Account number false", "EmergencyContact Relationship false"),
                fields.stream().map(f -> f.recordType() + " " + f.field() + " " + f.statement()).toList());
        assertEquals(List.of("EmergencyContact Relationship"), Callers.as(Role.DPM, () -> holder.correctable(partner))
                .stream().map(f -> f.recordType() + " " + f.field()).toList(), "the contact may correct it too");
        String assessmentId = fields.get(0).recordId();
        String offerId = Long.toString(application.id());
        String contactId = fields.get(4).recordId();

        RectificationOutcome outcome = rectify(person, List.of(
                new Correction(1, "Assessment", assessmentId, "Notes", "I led the reconciliation project myself."),
                new Correction(2, "FinalOffer", offerId, "Sort code", "654321"),
                new Correction(3, "FinalOffer", offerId, "Account number", "123"),
                new Correction(4, "EmergencyContact", contactId, "Relationship", "Spouse"),
                new Correction(5, "Application", offerId, "Status", "Hired")));
        assertEquals(3, outcome.corrected());
        assertEquals(Set.of(3L, 5L), outcome.refused().keySet());
        assertEquals("Enter the account number as eight digits.", outcome.refused().get(3L));

        ApplicationView corrected = Callers.as(Role.HR, () -> applications.application(application.id()));
        String notes = corrected.assessments().get(0).notes();
        assertTrue(notes.startsWith("Strong on reconciliations"), "the assessor's opinion is not rewritten: " + notes);
        assertTrue(notes.endsWith("at their request (rectification): I led the reconciliation project myself."),
                notes);
        OfferView offer = Callers.as(Role.HR, () -> offers.offer(application.id()));
        assertEquals("65-43-21", offer.sortCode());
        assertEquals("••••4321", offer.maskedAccountNumber(), "the refused correction changed nothing");
        assertEquals(List.of("Spouse"), Sql.column(database, "select relationship from rec_emergency_contact"
                + " where application_id = ?", application.id()));
    }

    @Test
    void theHolderCountsInSqlTheApplicantsItHoldsEachOnce_X5() throws Exception {
        String held = holder.heldData().peopleQuery();
        long before = countOf(held);

        long grace = person("Grace", SubjectCategory.JOB_APPLICANT);
        withCvAndInterview(anOpenCampaign().recordedIn(campaigns), grace);
        withCvAndInterview(anOpenCampaign().recordedIn(campaigns), grace);
        person("Ivy", SubjectCategory.JOB_APPLICANT);

        assertEquals(before + 1, countOf(held), "Grace once for her two applications, Ivy has none");
    }

    private long countOf(String people) throws Exception {
        return Long.parseLong(Sql.column(database, "select count(distinct subject_id) from (" + people + ") held")
                .get(0));
    }
}
