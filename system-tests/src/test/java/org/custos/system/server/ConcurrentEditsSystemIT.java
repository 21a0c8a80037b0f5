package org.custos.system.server;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.dpia.api.ScreeningForm;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHoldView;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.relationships.api.AdequacyForm;
import org.custos.relationships.api.AdequateCountryView;
import org.custos.relationships.api.Transfers;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.BreachForms;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.relationships.api.ContactChangeForm;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactSource;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.Organisations;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.ConcurrentChange;
import org.custos.staff.api.EngagementForm;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20, "Concurrent edits": two sessions edit the same record of each kind a user edits. The first save is kept,
 * the second is refused with {@link ConcurrentChange}'s clear message (no error page), nothing of the first is lost
 * (read back), and where the kind is driven through its page the second user's form still holds what they typed.
 * <p>
 * {@link #KINDS} is the one table of editable kinds: each names the facade methods that change it with the version
 * the user saw, and how it is opened twice and saved here ({@link Through#PAGE} over HTTP with {@link FormClient},
 * {@link Through#FACADE} as two callers with the same version) or, for the kinds not driven here yet, which context
 * IT proves its refusal ({@link Through#CONTEXT_IT}). {@link ConcurrentEditsTableTest} fails when a facade method
 * taking a version is missing from the table, or a method that changes a record takes none and is not explained in
 * {@link #WITHOUT_VERSION}.
 */
// a bean, so that ServerSystemIT gets one with its fields filled
@Dependent
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditsSystemIT {

    private static final Logger LOG = Logger.getLogger(ConcurrentEditsSystemIT.class.getName());
    private static final String PASSWORD = "juniper-signal-3141";

    /** The words every refused second save carries ({@link ConcurrentChange}). */
    static final String CLEAR_MESSAGE = "was changed by someone else while you were editing it. Nothing was saved";

    /** How a kind is opened twice and saved in this test. */
    enum Through {
        /** Two logged-in users, each with the record's page open, both press save: through HTTP. */
        PAGE,
        /** Two callers read the record, then each saves with the version they read. */
        FACADE,
        /** Not driven here: the named context IT (Payara Micro) proves a stale version is refused. */
        CONTEXT_IT
    }

    /** Opens one record twice, saves both, and says what happened. */
    @FunctionalInterface
    interface Scenario {
        Outcome run(ConcurrentEditsSystemIT test) throws Exception;
    }

    /** What two saves of the same record did: the first kept, the second's message, the second's typing kept. */
    record Outcome(boolean firstKept, String secondMet, Boolean typedKept) {

        boolean noLostUpdate() {
            return firstKept && secondMet.contains(CLEAR_MESSAGE) && !Boolean.FALSE.equals(typedKept);
        }
    }

    /** An editable kind: its name, how it is tested, the facade methods that change it with a version. */
    record Kind(String name, Through through, Scenario scenario, String evidence, List<String> methods) {

        static Kind driven(String name, Through through, Scenario scenario, String... methods) {
            return new Kind(name, through, scenario, null, List.of(methods));
        }

        static Kind provenBy(String name, String contextIt, String... methods) {
            return new Kind(name, Through.CONTEXT_IT, null, contextIt, List.of(methods));
        }
    }

    /** The table: every kind a user edits through a page, each facade method taking a version in exactly one. */
    static final List<Kind> KINDS = List.of(
            Kind.driven("person", Through.PAGE, ConcurrentEditsSystemIT::person, "PeopleRegister.update"),
            Kind.driven("application", Through.FACADE, ConcurrentEditsSystemIT::application, "Applications.move",
                    "Applications.reject", "Applications.withdraw", "Applications.noticeGiven",
                    "Applications.withdrawTalentPoolConsent", "Applications.hire", "Applications.letManagersChange",
                    "Applications.withdrawManagersLeave"),
            Kind.provenBy("pre-employment checks (identity, qualifications, a reference)", "RecruitmentContextIT",
                    "PreEmploymentChecks.identityChecked", "PreEmploymentChecks.qualificationsChecked",
                    "PreEmploymentChecks.referenceReceived"),
            Kind.provenBy("final offer (bank details)", "RecruitmentContextIT", "FinalOffers.recordBankDetails"),
            Kind.driven("campaign", Through.PAGE, ConcurrentEditsSystemIT::campaign, "Campaigns.update",
                    "Campaigns.closeToday"),
            Kind.driven("staff file (engagement)", Through.FACADE, ConcurrentEditsSystemIT::staffFile,
                    "StaffFiles.changeEngagement"),
            Kind.provenBy("sickness absence", "AbsenceIT", "Absences.change"),
            Kind.provenBy("conflict-of-interest declaration", "StaffChecksIT", "StaffChecks.reviewConflict"),
            Kind.provenBy("HR case", "HrCasesIT", "HrCases.changeHandlers", "HrCases.addNote",
                    "HrCases.addMeeting", "HrCases.attach", "HrCases.decide", "HrCases.reduceToSummary",
                    "HrCaseSensitiveDetails.record"),
            Kind.provenBy("reported change (staff self-service)", "AccuracyReviewIT", "ChangeReports.apply",
                    "ChangeReports.decline"),
            Kind.driven("organisation", Through.FACADE, ConcurrentEditsSystemIT::organisation,
                    "Organisations.update"),
            Kind.driven("contact", Through.FACADE, ConcurrentEditsSystemIT::contact, "Organisations.changeContact",
                    "Organisations.recordMarketingBasis", "Organisations.withdrawMarketing"),
            Kind.provenBy("processor", "ProcessorRegisterIT", "Processors.update", "Processors.recordEvidence",
                    "Processors.addSubProcessor", "Processors.removeSubProcessor", "Processors.withdrawEvidence"),
            Kind.provenBy("processor agreement", "ProcessorRegisterIT", "Processors.changeAgreement",
                    "Processors.submitAgreement", "Processors.approveAgreement", "Processors.recordSigned",
                    "Processors.recordInForce", "Processors.endAgreement"),
            Kind.provenBy("transfer", "TransfersIT", "Transfers.change", "Transfers.remove"),
            Kind.driven("adequate country", Through.FACADE, ConcurrentEditsSystemIT::adequateCountry,
                    "Transfers.changeAdequate", "Transfers.removeAdequate"),
            Kind.driven("complaint", Through.FACADE, ConcurrentEditsSystemIT::complaint, "Complaints.acknowledge",
                    "Complaints.close", "Complaints.anonymityCannotBeKept", "Complaints.changeHandlers"),
            Kind.driven("breach", Through.PAGE, ConcurrentEditsSystemIT::breach, "Breaches.update",
                    "Breaches.recordDecision", "Breaches.recordReport", "Breaches.recordPeopleTold",
                    "Breaches.close"),
            Kind.driven("rights request", Through.FACADE, ConcurrentEditsSystemIT::rightsRequest,
                    "RightsRequests.identity", "RightsRequests.identityCheckNotNeeded", "RightsRequests.stopClock",
                    "RightsRequests.restartClock", "RightsRequests.extend", "RightsRequests.extensionNoticeSent",
                    "RightsRequests.refuse", "RightsRequests.fee", "RightsRequests.responded",
                    "ResponseCompilation.compile", "ResponseCompilation.narrowScope",
                    "ResponseCompilation.producePack", "Rectifications.rectify", "RequestActions.erase",
                    "RequestActions.restrict", "RequestActions.liftRestriction", "RequestActions.object",
                    "RequestActions.consentWithdrawn", "RequestActions.stopDirectMarketing"),
            Kind.provenBy("review item of a response", "RequestActionsIT", "ResponseCompilation.decide"),
            Kind.provenBy("correction of a rectification", "RequestActionsIT", "Rectifications.remove"),
            Kind.provenBy("recipient told of a rectification or erasure", "RequestActionsIT",
                    "RequestActions.recipientTold"),
            Kind.driven("purpose", Through.FACADE, ConcurrentEditsSystemIT::purpose, "Purposes.save",
                    "Purposes.saveArticle30"),
            Kind.driven("DPIA", Through.FACADE, ConcurrentEditsSystemIT::dpia, "Dpias.screen", "Dpias.work",
                    "Dpias.attach", "Dpias.signOff", "Dpias.reviewBy"),
            Kind.driven("notice", Through.FACADE, ConcurrentEditsSystemIT::notice, "Notices.rename"),
            Kind.driven("notice version", Through.FACADE, ConcurrentEditsSystemIT::noticeVersion, "Notices.save", "Notices.upload", "Notices.removeDocument",
                    "Notices.approve", "Notices.issue"),
            Kind.provenBy("notice owed to a person", "NoticesGivenIT", "NoticesGiven.firstContact"),
            Kind.provenBy("consent", "ConsentsIT", "Consents.withdraw"),
            Kind.driven("legal hold", Through.FACADE, ConcurrentEditsSystemIT::legalHold, "LegalHolds.lift"),
            Kind.provenBy("letter template", "LettersIT", "LetterTemplates.save", "LetterTemplates.restore"),
            Kind.provenBy("organisation's letterhead (settings)", "LettersIT", "OrganisationSettings.change",
                    "OrganisationSettings.changeLogo", "OrganisationSettings.removeLogo"),
            Kind.driven("setting (periods, retention schedule)", Through.FACADE, ConcurrentEditsSystemIT::setting,
                    "Settings.changeFrom", "Settings.changeReviewIntervalFrom"),
            Kind.driven("account", Through.FACADE, ConcurrentEditsSystemIT::account,
                    "AccountAdministration.changeRoles", "AccountAdministration.changeEmail"),
            Kind.provenBy("account change awaiting the DPM", "SecurityContextIT", "AccountConfirmations.confirm",
                    "AccountConfirmations.refuse"),
            Kind.provenBy("approval (special-category data)", "ApprovalGateIT", "Approvals.approve", "Approvals.reject",
                    "Approvals.revoke"),
            Kind.provenBy("access grant", "ApprovalGateIT", "AccessGrants.revoke"));

    /**
     * Facade methods that change a record without the version the user saw, and why no one's change is lost by it.
     * Adding a record is not listed (nothing is there to overwrite): only what changes one already there.
     */
    static final Map<String, String> WITHOUT_VERSION = Map.ofEntries(
            Map.entry("Settings.change", "for callers inside the server and tests; the pages save with "
                    + "changeFrom, over the value the user saw"),
            Map.entry("Settings.changeReviewInterval", "for callers inside the server and tests; the "
                    + "review intervals page saves with changeReviewIntervalFrom"),
            Map.entry("AccountAdministration.disable", "sets one flag to the value asked: twice ends the same"),
            Map.entry("AccountAdministration.enable", "sets one flag to the value asked: twice ends the same"),
            Map.entry("IntakeTokens.issue", "makes a new token: no earlier state of it to overwrite"),
            Map.entry("IntakeTokens.revoke", "sets the token revoked: twice, or by two administrators, ends the same"),
            Map.entry("Consents.receiveWithdrawal", "from another system, which sees no version: a withdrawal adds "
                    + "to the ledger and ends the consent whatever changed meanwhile"),
            Map.entry("AccountAdministration.resetPassword", "a new password replaces the old whole: "
                    + "there is nothing of an earlier one to keep"),
            Map.entry("OwnAccount.changePassword", "the caller's own account, behind the current password"),
            Map.entry("OwnAccount.enableSecondFactor", "the caller's own account, behind a code"),
            Map.entry("OwnAccount.removeSecondFactor", "the caller's own account, behind the password"),
            Map.entry("StaffAccounts.unlink", "removes a link: twice ends the same"),
            Map.entry("StaffFiles.addEmergencyContact", "adds a contact beside the others"),
            Map.entry("StaffFiles.removeEmergencyContact", "removes one contact: twice ends the same"),
            Map.entry("FinalOffers.addEmergencyContact", "adds a contact beside the others"),
            Map.entry("OwnRecord.confirm", "records that the person confirmed a group: twice ends the same"),
            Map.entry("Absences.recordHealth", "adds a health record beside the others"),
            Map.entry("Complaints.addStep", "adds a step to the investigation's log"),
            Map.entry("Complaints.attach", "adds a document"),
            Map.entry("Organisations.addContact", "adds a contact"),
            Map.entry("Organisations.recordService", "adds a service record"),
            Map.entry("PeopleRegister.addCategory", "adds a category to a set: twice ends the same"),
            Map.entry("PreEmploymentChecks.referenceRequested", "adds a reference"),
            Map.entry("Processors.proposeAgreement", "adds a draft agreement"),
            Map.entry("Rectifications.add", "adds a correction"),
            Map.entry("BankHolidayCalendar.remove", "removes one day: twice ends the same"),
            Map.entry("RetentionReview.decide", "bulk: an item is decided once; one decided already is "
                    + "refused by name (ReviewDecisions), so a second reviewer overwrites nothing"),
            Map.entry("RetentionReview.extend", "bulk: an item decided already is refused by name; two "
                    + "extensions of an undecided item keep the later day, both recorded in the audit"),
            Map.entry("RetentionReview.resume", "resumes the carrying out of decisions: a job, not an edit"),
            Map.entry("NoticesGiven.resume", "resumes a sending cut short: a job, not an edit"),
            Map.entry("SensitiveDataRights.correct", "called by a rectification, which quotes the "
                    + "request's version"),
            Map.entry("SensitiveDataRights.eraseAbout", "called by an erasure, which quotes the request's "
                    + "version"),
            Map.entry("SensitiveDataResumption.eraseAbout", "finishes at the start an erasure the DPM started:"
                    + " a job, not an edit"),
            Map.entry("DataKeyRotation.rotate", "re-encrypts in batches: a job, not an edit"),
            Map.entry("AccessGrants.breakGlass", "adds an emergency access"),
            Map.entry("Complaints.breakGlass", "adds an emergency access"));

    /** What the probe carries for this test (here, and in {@link ServerSystemIT}'s one deployment). */
    static final List<Class<?>> PROBE = List.of(ConcurrentEditsSystemIT.class, ConcurrentEditsSystemIT.Through.class,
            ConcurrentEditsSystemIT.Scenario.class, ConcurrentEditsSystemIT.Outcome.class,
            ConcurrentEditsSystemIT.Kind.class, FormClient.class, TestAccounts.class);

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new));
    }

    @EJB
    AccountAdministration accounts;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    PeopleRegister register;

    @EJB
    Campaigns campaigns;

    @EJB
    Applications applications;

    @EJB
    StaffFiles staffFiles;

    @EJB
    Organisations organisations;

    @EJB
    Complaints complaints;

    @EJB
    Breaches breaches;

    @EJB
    RightsRequests requests;

    @EJB
    Purposes purposes;

    @EJB
    Dpias dpias;

    @EJB
    Notices notices;

    @EJB
    Settings settings;

    @EJB
    LegalHolds legalHolds;

    @EJB
    Transfers transfers;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void twoSessionsSavingTheSameRecordOfEachKindLoseNothingAndTheSecondIsToldClearly_issue20() {
        List<String> failures = new ArrayList<>();
        int driven = 0;
        int lost = 0;
        int clear = 0;
        for (Kind kind : KINDS) {
            if (kind.scenario() == null) {
                continue;
            }
            driven++;
            try {
                Outcome outcome = kind.scenario().run(this);
                lost += outcome.firstKept() ? 0 : 1;
                clear += outcome.secondMet().contains(CLEAR_MESSAGE) ? 1 : 0;
                if (!outcome.noLostUpdate()) {
                    failures.add(kind.name() + ": " + outcome);
                }
            } catch (Exception | AssertionError e) {
                failures.add(kind.name() + ": " + e);
            }
        }
        LOG.info("Concurrent edits: " + driven + " kinds driven on the EAR, " + lost + " lost updates, " + clear
                + " second saves refused with the clear message");
        assertEquals(List.of(), failures);
    }

    // ---- the kinds ----

    private Outcome person() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Lovelace")).as(SubjectCategory.COMPLAINANT)
                .registeredIn(register);
        FormClient first = signedIn(Role.HR);
        FormClient second = signedIn(Role.HR);
        String page = "/people/edit.xhtml?id=" + person.id();
        HttpResponse<String> firstOpened = first.get(page);
        HttpResponse<String> secondOpened = second.get(page);
        String firstName = unique("Augusta");
        String secondName = unique("Byron");
        HttpResponse<String> firstSaved = first.post(page, personForm(person, firstName, "Leeds", firstOpened));
        HttpResponse<String> secondSaved = second.post(page, personForm(person, secondName, "Typed town",
                secondOpened));
        SubjectDetails now = Callers.as(Role.HR, () -> register.details(person.id()));
        boolean firstKept = firstSaved.statusCode() == 302 && now.data().givenNames().equals(firstName)
                && Sql.column(database, "select version from core_data_subject where id = ?", person.id())
                        .equals(List.of(String.valueOf(person.version() + 1)));
        return new Outcome(firstKept, shown(secondSaved), secondSaved.body().contains("value=\"" + secondName + "\"")
                && secondSaved.body().contains("value=\"Typed town\""));
    }

    private static String personForm(SubjectDetails person, String givenNames, String town,
            HttpResponse<String> opened) {
        return "person=person&person%3AgivenNames=" + encoded(givenNames) + "&person%3AfamilyName="
                + encoded(person.data().familyName()) + "&person%3Atown=" + encoded(town)
                + "&person%3Acategories=COMPLAINANT&person%3Asave=person%3Asave" + FormClient.postback(opened);
    }

    private Outcome application() throws Exception {
        CampaignView campaign = aCampaign();
        SubjectDetails applicant = aPerson().named("Grace", unique("Hopper")).as(SubjectCategory.JOB_APPLICANT)
                .registeredIn(register);
        ApplicationView read = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign.id(),
                ChosenPerson.known(applicant.id()), ApplicationSource.DIRECT, null, LocalDate.now())));
        Callers.as(Role.HR, () -> applications.move(read.id(), read.version(), ApplicationStatus.SHORTLISTED,
                "A strong letter"));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> applications.withdraw(read.id(), read.version(),
                "Took another job")));
        ApplicationView now = Callers.as(Role.HR, () -> applications.application(read.id()));
        return new Outcome(now.status() == ApplicationStatus.SHORTLISTED, second, null);
    }

    private Outcome campaign() throws Exception {
        CampaignView read = aCampaign();
        FormClient first = signedIn(Role.HR);
        FormClient second = signedIn(Role.HR);
        String page = "/campaigns/edit.xhtml?id=" + read.id();
        HttpResponse<String> firstOpened = first.get(page);
        HttpResponse<String> secondOpened = second.get(page);
        String firstTitle = unique("Payroll clerk ");
        String secondTitle = unique("Payroll officer ");
        HttpResponse<String> firstSaved = first.post(page, AJAX + filledIn(firstOpened, "campaign",
                Map.of("campaign:title", firstTitle), "campaign:save"));
        HttpResponse<String> secondSaved = second.post(page, AJAX + filledIn(secondOpened, "campaign",
                Map.of("campaign:title", secondTitle), "campaign:save"));
        boolean firstKept = firstSaved.body().contains("<redirect") && Callers.as(Role.HR,
                () -> campaigns.campaign(read.id())).title().equals(firstTitle);
        return new Outcome(firstKept, secondSaved.body().contains("<redirect") ? "saved over the first"
                : shown(secondSaved), secondSaved.body().contains("value=\"" + secondTitle + "\""));
    }

    /** The Ajax request of a save button that processes and updates its form ({@code campaign:save}). */
    private static final String AJAX = "jakarta.faces.partial.ajax=true&jakarta.faces.source=campaign%3Asave"
            + "&jakarta.faces.partial.execute=campaign&jakarta.faces.partial.render=campaign&";

    private CampaignView aCampaign() throws Exception {
        return Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(unique("Clerk "), "Clerk", LocalDate.now(),
                LocalDate.now().plusDays(10), Set.of())));
    }

    private Outcome staffFile() throws Exception {
        SubjectDetails person = aPerson().named("Rosalind", unique("Franklin")).as(SubjectCategory.STAFF)
                .registeredIn(register);
        LocalDate started = LocalDate.of(2024, 9, 2);
        StaffFileView read = Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(
                ChosenPerson.known(person.id()), EngagementType.EMPLOYEE, "Clerk", started)));
        Callers.as(Role.HR, () -> staffFiles.changeEngagement(read.id(), read.version(), engagement("Senior clerk",
                started)));
        String second = secondSave(() -> Callers.as(Role.HR, () -> staffFiles.changeEngagement(read.id(),
                read.version(), engagement("Head clerk", started))));
        List<String> titles = Callers.as(Role.HR, () -> staffFiles.file(read.id())).history().stream()
                .map(StaffFileView.EngagementView::jobTitle).toList();
        return new Outcome(titles.contains("Senior clerk") && !titles.contains("Head clerk"), second, null);
    }

    private static EngagementForm engagement(String jobTitle, LocalDate started) {
        return new EngagementForm(EngagementType.EMPLOYEE, jobTitle, null, null, null, null, null, started, null,
                null, null);
    }

    private Outcome organisation() throws Exception {
        OrganisationView read = anOrganisation();
        String firstName = unique("Northwind ");
        Callers.as(Role.HR, () -> organisations.update(read.id(), read.version(), organisationForm(firstName)));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> organisations.update(read.id(), read.version(),
                organisationForm(unique("Southwind ")))));
        return new Outcome(Callers.as(Role.HR, () -> organisations.organisation(read.id())).name().equals(firstName),
                second, null);
    }

    private OrganisationView anOrganisation() throws Exception {
        return Callers.as(Role.HR, () -> organisations.create(organisationForm(unique("Eastwind "))));
    }

    private static OrganisationDetailsForm organisationForm(String name) {
        return new OrganisationDetailsForm(name, Set.of(OrganisationKind.CLIENT), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null);
    }

    private Outcome contact() throws Exception {
        OrganisationView organisation = anOrganisation();
        SubjectDetails person = aPerson().named("Mary", unique("Somerville")).as(SubjectCategory.CLIENT_CONTACT)
                .registeredIn(register);
        OrganisationView withContact = Callers.as(Role.HR, () -> organisations.addContact(organisation.id(),
                new ContactForm(ChosenPerson.known(person.id()), OrganisationKind.CLIENT, "Buyer", null, null, null,
                        null, ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null)));
        OrganisationView.ContactView read = withContact.contacts().get(0);
        Callers.as(Role.HR, () -> organisations.changeContact(organisation.id(), read.contactId(), read.version(),
                new ContactChangeForm("Head buyer", null, null, null, null)));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> organisations.changeContact(organisation.id(),
                read.contactId(), read.version(), new ContactChangeForm("Finance director", null, null, null,
                        null))));
        String role = Callers.as(Role.HR, () -> organisations.organisation(organisation.id())).contacts().get(0)
                .role();
        return new Outcome("Head buyer".equals(role), second, null);
    }

    private Outcome complaint() throws Exception {
        String handler = Callers.principal(Role.HR);
        org.custos.testsupport.TestAccounts.ensure(database, handler, Role.HR);
        SubjectDetails complainant = aPerson().named("Edith", unique("Cavell")).as(SubjectCategory.COMPLAINANT)
                .registeredIn(register);
        LoggedComplaint logged = Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(
                ChosenPerson.known(complainant.id()), LocalDate.now().minusDays(3),
                ComplaintChannel.EMAIL, ComplaintKind.SERVICE, ComplaintAbout.SERVICE, null, List.of(), "The parcel came a week late",
                false, null, null, Set.of(handler))));
        long version = Callers.as(Role.HR, () -> complaints.complaint(logged.id())).version();
        LocalDate firstDay = LocalDate.now().minusDays(2);
        Callers.as(Role.HR, () -> complaints.acknowledge(logged.id(), version, firstDay));
        String second = secondSave(() -> Callers.as(Role.HR, () -> complaints.acknowledge(logged.id(), version,
                LocalDate.now().minusDays(1))));
        return new Outcome(firstDay.equals(Callers.as(Role.HR, () -> complaints.complaint(logged.id()))
                .acknowledgedOn()), second, null);
    }

    private Outcome breach() throws Exception {
        LocalDateTime aware = LocalDateTime.now().minusHours(2).withSecond(0).withNano(0);
        BreachView read = Callers.as(Role.DPM, () -> breaches.log(BreachForms.aLostLaptop(unique("Laptop "), aware,
                BreachLikelihood.POSSIBLE, BreachSeverity.SIGNIFICANT, Set.of())));
        FormClient first = signedIn(Role.DPM);
        FormClient second = signedIn(Role.DPM);
        String page = "/breaches/edit.xhtml?id=" + read.id();
        HttpResponse<String> firstOpened = first.get(page);
        HttpResponse<String> secondOpened = second.get(page);
        String firstSummary = unique("Laptop left on a train ");
        String secondSummary = unique("Laptop stolen from a car ");
        HttpResponse<String> firstSaved = first.post(page, filledIn(firstOpened, "breach",
                Map.of("breach:summary", firstSummary), "breach:save"));
        HttpResponse<String> secondSaved = second.post(page, filledIn(secondOpened, "breach",
                Map.of("breach:summary", secondSummary), "breach:save"));
        boolean firstKept = firstSaved.statusCode() == 302 && Callers.as(Role.DPM, () -> breaches.breach(read.id()))
                .details().summary().equals(firstSummary);
        return new Outcome(firstKept, shown(secondSaved), secondSaved.body().contains("value=\"" + secondSummary
                + "\""));
    }

    /**
     * What a browser posts when the user changes some fields of a form and presses a button: every field of the form
     * as the page shows it (inputs, ticked boxes, chosen options, text areas), the changes, the button, and the
     * view state.
     */
    private static String filledIn(HttpResponse<String> page, String form, Map<String, String> changes,
            String button) {
        String body = page.body();
        List<String[]> fields = new ArrayList<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(body);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null || !(name.equals(form) || name.startsWith(form + ":")) || "submit".equals(type)
                    || "button".equals(type) || ("checkbox".equals(type) || "radio".equals(type))
                    && !Pattern.compile("\\schecked[\\s=/>]").matcher(tag).find()) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.add(new String[] {name, value == null ? ("checkbox".equals(type) ? "on" : "") : value});
        }
        Matcher area = Pattern.compile("<textarea\\b[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
        while (area.find()) {
            String name = attribute(area.group(), "name");
            if (name != null && name.startsWith(form + ":")) {
                fields.add(new String[] {name, unescaped(area.group(1))});
            }
        }
        Matcher select = Pattern.compile("<select\\b[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(body);
        while (select.find()) {
            String name = attribute(select.group(), "name");
            Matcher chosen = Pattern.compile("<option\\b[^>]*\\sselected[\\s=/>][^>]*>").matcher(select.group(1));
            if (name != null && name.startsWith(form + ":") && chosen.find()) {
                String value = attribute(chosen.group(), "value");
                fields.add(new String[] {name, value == null ? "" : value});
            }
        }
        StringBuilder posted = new StringBuilder();
        for (String[] field : fields) {
            if (!changes.containsKey(field[0])) {
                posted.append('&').append(encoded(field[0])).append('=').append(encoded(field[1]));
            }
        }
        changes.forEach((name, value) -> posted.append('&').append(encoded(name)).append('=').append(encoded(value)));
        posted.append('&').append(encoded(button)).append('=').append(encoded(button));
        return posted.substring(1) + FormClient.postback(page);
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? unescaped(value.group(1)) : null;
    }

    private static String unescaped(String html) {
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String code = entity.group(1);
            String character = switch (code) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(code.startsWith("#x") || code.startsWith("#X")
                        ? Integer.parseInt(code.substring(2), 16) : Integer.parseInt(code.substring(1))));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        entity.appendTail(text);
        return text.toString();
    }

    private Outcome rightsRequest() throws Exception {
        SubjectDetails person = aPerson().named("Ida", unique("Wells")).as(SubjectCategory.COMPLAINANT)
                .registeredIn(register);
        RequestView read = anAccessRequestFrom(person.id()).receivedOn(LocalDate.now().minusDays(5))
                .loggedIn(requests);
        Callers.as(Role.DPM, () -> requests.extend(read.id(), read.version(), "Complex: twelve years of records"));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> requests.extend(read.id(), read.version(),
                "One of several requests")));
        return new Outcome("Complex: twelve years of records".equals(Callers.as(Role.DPM,
                () -> requests.request(read.id())).extensionReason()), second, null);
    }

    private Outcome purpose() throws Exception {
        PurposeView read = aPurpose();
        PurposeForm form = read.definition();
        Callers.as(Role.DPM, () -> purposes.save(described(form, "Invoices and supplier contracts, kept six years.")));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> purposes.save(described(form,
                "Supplier due diligence."))));
        return new Outcome(Callers.as(Role.DPM, () -> purposes.purpose(read.id())).definition().description()
                .equals("Invoices and supplier contracts, kept six years."), second, null);
    }

    private PurposeView aPurpose() throws Exception {
        PurposeForm seeded = Callers.as(Role.DPM, () -> purposes.purpose(SeededPurposes.SUPPLIER_MANAGEMENT))
                .definition();
        return Callers.as(Role.DPM, () -> purposes.save(new PurposeForm(null, 0, unique("Supplier records "),
                seeded.description(), seeded.lawfulBasis(), seeded.legitimateInterest(), seeded.necessity(),
                seeded.balance(), seeded.specialCategoryCondition(), seeded.reviewDate(), seeded.transfers(),
                seeded.automatedDecisions(), seeded.context())));
    }

    private static PurposeForm described(PurposeForm form, String description) {
        return new PurposeForm(form.id(), form.version(), form.name(), description, form.lawfulBasis(),
                form.legitimateInterest(), form.necessity(), form.balance(), form.specialCategoryCondition(),
                form.reviewDate(), form.transfers(), form.automatedDecisions(), form.context());
    }

    private Outcome dpia() throws Exception {
        long purposeId = aPurpose().id();
        long version = Callers.as(Role.DPM, () -> dpias.dpia(purposeId)).version();
        Callers.as(Role.DPM, () -> dpias.screen(purposeId, new ScreeningForm(version, Set.of(), true,
                "A new customer portal")));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> dpias.screen(purposeId, new ScreeningForm(
                version, Set.of(), true, "Cameras in the warehouse"))));
        return new Outcome("A new customer portal".equals(Callers.as(Role.DPM, () -> dpias.dpia(purposeId))
                .dpmReason()), second, null);
    }

    private Outcome notice() throws Exception {
        NoticeView read = Callers.as(Role.DPM, () -> notices.add(new NoticeForm(NoticeAudience.SUPPLIERS,
                unique("Supplier notice "))));
        String firstName = unique("Notice to suppliers ");
        Callers.as(Role.DPM, () -> notices.rename(read.id(), read.version(), new NoticeForm(NoticeAudience.SUPPLIERS,
                firstName)));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> notices.rename(read.id(), read.version(),
                new NoticeForm(NoticeAudience.SUPPLIERS, unique("Suppliers' privacy notice ")))));
        return new Outcome(Callers.as(Role.DPM, () -> notices.notice(read.id())).name().equals(firstName), second,
                null);
    }

    private Outcome noticeVersion() throws Exception {
        NoticeView notice = Callers.as(Role.DPM, () -> notices.add(new NoticeForm(NoticeAudience.COMPLAINANTS,
                unique("Complaints notice "))));
        NoticeVersionView read = Callers.as(Role.DPM, () -> notices.newDraft(notice.id()));
        long versionId = read.summary().id();
        Callers.as(Role.DPM, () -> notices.save(versionId, read.version(), new NoticeVersionForm(
                "We keep a complaint file for two years after it closes.", Set.of(), List.of())));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> notices.save(versionId, read.version(),
                new NoticeVersionForm("We keep complaints for six years.", Set.of(), List.of()))));
        String text = Callers.as(Role.DPM, () -> notices.versionInFull(versionId)).text();
        return new Outcome(text.contains("two years after it closes") && !text.contains("six years"), second, null);
    }

    private Outcome legalHold() throws Exception {
        SubjectDetails person = aPerson().named("Alan", unique("Turing")).as(SubjectCategory.STAFF)
                .registeredIn(register);
        LegalHoldView read = Callers.as(Role.DPM, () -> legalHolds.place(person.id(), new LegalHoldForm(null,
                "Employment tribunal claim 2401234/2026"))).get(0);
        Callers.as(Role.DPM, () -> legalHolds.lift(person.id(), read.id(), read.version()));
        String second = secondSave(() -> Callers.as(Role.DPM, () -> legalHolds.lift(person.id(), read.id(),
                read.version())));
        LegalHoldView now = Callers.as(Role.DPM, () -> legalHolds.of(person.id())).get(0);
        return new Outcome(now.liftedOn() != null, second, null);
    }

    private Outcome adequateCountry() throws Exception {
        AdequateCountryView read = Callers.as(Role.DPM, transfers::adequacyList).get(0);
        String firstConditions = unique("Commercial organisations only ");
        AdequateCountryView first = Callers.as(Role.DPM, () -> transfers.changeAdequate(read.version(),
                new AdequacyForm(read.country(), firstConditions))).stream()
                .filter(country -> country.country().equals(read.country())).findFirst().orElseThrow();
        try {
            String second = secondSave(() -> Callers.as(Role.DPM, () -> transfers.changeAdequate(read.version(),
                    new AdequacyForm(read.country(), "Under the data bridge"))));
            return new Outcome(Callers.as(Role.DPM, transfers::adequacyList).stream()
                    .filter(country -> country.country().equals(read.country())).findFirst().orElseThrow()
                    .conditions().equals(firstConditions), second, null);
        } finally {
            Callers.as(Role.DPM, () -> transfers.changeAdequate(first.version(), new AdequacyForm(read.country(),
                    read.conditions())));
        }
    }

    private Outcome setting() throws Exception {
        String key = "calendar.approval-ending-notice";
        String shown = setting(key).value();
        try {
            String first = Callers.as(Role.DPM, () -> settings.changeFrom(key, shown, "P20D")).value();
            String second = secondSave(() -> Callers.as(Role.ADMIN, () -> settings.changeFrom(key, shown, "P25D")));
            return new Outcome(setting(key).value().equals(first), second, null);
        } finally {
            Callers.as(Role.DPM, () -> settings.change(key, ""));
        }
    }

    private SettingView setting(String key) throws Exception {
        return Callers.as(Role.DPM, settings::settings).stream().filter(setting -> setting.key().equals(key))
                .findFirst().orElseThrow();
    }

    private Outcome account() throws Exception {
        AccountView read = TestAccounts.open(accounts, confirmations, unique("user."), PASSWORD, Role.HR);
        Callers.as(Role.ADMIN, () -> accounts.changeEmail(read.id(), read.version(), "pat.first@example.org"));
        String second = secondSave(() -> Callers.as(Role.ADMIN, () -> accounts.changeEmail(read.id(),
                read.version(), "pat.second@example.org")));
        String email = Callers.as(Role.ADMIN, accounts::accounts).stream().filter(a -> a.id() == read.id())
                .findFirst().orElseThrow().email();
        return new Outcome("pat.first@example.org".equals(email), second, null);
    }

    // ---- helpers ----

    private FormClient signedIn(Role role) throws Exception {
        AccountView account = TestAccounts.open(accounts, confirmations, unique("user."), PASSWORD, role);
        FormClient web = FormClient.insideTheServer();
        assertEquals(302, web.logIn(account.username(), PASSWORD).statusCode());
        return web;
    }

    /** The second save's result: the refusal's message, or what else happened. */
    private static String secondSave(Callable<?> save) {
        try {
            save.call();
            return "saved over the first";
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConcurrentChange) {
                    return cause.getMessage();
                }
            }
            return e.toString();
        }
    }

    /** What a page answered a save with: the refusal when it stayed on the page and said it, else its state. */
    private static String shown(HttpResponse<String> page) {
        if (page.statusCode() != 200 || page.body().contains("id=\"error-reference\"")) {
            return "HTTP " + page.statusCode() + page.headers().firstValue("Location").map(to -> " to " + to)
                    .orElse("");
        }
        String text = Pattern.compile("\\s+").matcher(Pattern.compile("<[^>]+>").matcher(page.body())
                .replaceAll(" ")).replaceAll(" ");
        int said = text.indexOf(CLEAR_MESSAGE);
        return said < 0 ? "the page without the message: " + text.substring(0, Math.min(600, text.length()))
                : text.substring(Math.max(0, said - 60), Math.min(text.length(), said + CLEAR_MESSAGE.length()));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
