package org.custos.system.server;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactSource;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.Organisations;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.staff.api.AbsenceForm;
import org.custos.staff.api.Absences;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFiles;
import org.custos.system.server.HostileUploads.Hostile;
import org.custos.system.server.UploadsRun.Pages;
import org.custos.system.server.UploadsRun.Target;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads (issue 20, "Bad input"): every upload form of the pages ({@link UploadForms}, the one table, which
 * {@link UploadFormsTest} keeps complete) takes the hostile files of {@link HostileUploads}
 * (executables and a script renamed as documents, macro-enabled Office documents, a PDF with JavaScript, zip bombs,
 * empty files, the limit, one byte over and far over, hostile names) as a browser posts them, on the EAR on Payara
 * Server; each is refused with a message naming the problem, or stored under a safe name and downloaded as the same
 * bytes, as an attachment ({@link UploadsRun}); the letters' logo takes hostile images instead
 * ({@link HostileUploads#images}: image bombs, SVGs with a script, polyglots, ...), a stored one shown in the page as
 * the same bytes, a PNG or JPEG only; nothing is left on disk outside the data directory. The figures go to
 * {@code docs/reliability.md} ("Bad input: uploads").
 * <p>
 * The full run (every file to every form, two to four minutes of calls here) is in the profile {@code fuzz}
 * ({@code custos.uploads.full}); the plain build runs a smoke on {@link ServerSystemIT}'s deployment: a file of each
 * kind of problem to the complaint's form.
 * <p>
 * The body is in plain static methods ({@link #openAccountsAndRecords}, {@link #uploadHostileFiles}) that a class
 * sharing one deployment can call.
 */
@Dependent
@ExtendWith(ArquillianExtension.class)
class UploadsSystemIT {

    private static final Logger LOG = Logger.getLogger(UploadsSystemIT.class.getName());
    private static final String PASSWORD = "lantern-orchard-5821";
    private static final String HR = "uploads.hr";
    private static final String DPM = "uploads.dpm";
    private static final String ROOT = "uploads/root.txt";
    private static final String FULL = "uploads/full.txt";
    /** The smoke of the plain build: one form, a file of each kind of problem. */
    private static final Set<String> SMOKE = Set.of("Windows executable renamed .pdf", ".docx carrying vbaProject.bin",
            "0 bytes", "the limit + 1 byte", "path name ../../etc/passwd", "name with <script>",
            "name saved from the web My%20CV.pdf",
            "PDF with JavaScript and OpenAction (stored, served only as an attachment)");
    /** The staff file's tab of checks and documents, counted from 0, for HR (who sees every tab). */
    private static final int CHECKS_TAB = 3;
    private static final int ABSENCE_TAB = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Far over the limit, and past the 64 MB the server takes in one request. */
    private static final int FAR_OVER = 80 * 1024 * 1024;

    /** The classes of the probe, for a deployment shared with other tests ({@link ServerSystemIT}). */
    static final List<Class<?>> PROBE = List.of(UploadsSystemIT.class, FormClient.class, TestAccounts.class,
            UploadsRun.class, UploadForms.class, HostileUploads.class, PageForms.class, ReliabilityReport.class);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new));
        String probeName = Callers.EAR_MODULE + ".jar";
        JavaArchive probe = ear.getAsType(JavaArchive.class, probeName);
        probe.addAsResource(new StringAsset(System.getProperty("custos.root", "")), ROOT);
        probe.addAsResource(new StringAsset(System.getProperty("custos.uploads.full", "false")), FULL);
        ear.delete(probeName);
        return ear.addAsModule(probe);
    }

    @EJB
    AccountAdministration accounts;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    PeopleRegister register;

    @EJB
    Complaints complaints;

    @EJB
    StaffFiles staffFiles;

    @EJB
    HrCases hrCases;

    @EJB
    Campaigns campaigns;

    @EJB
    Applications applications;

    @EJB
    Absences absences;

    @EJB
    Approvals approvals;

    @EJB
    Notices notices;

    @EJB
    Organisations organisations;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void everyUploadFormRefusesHostileFilesWithAMessageOrStoresThemSafely_issue20() throws Exception {
        List<Target> targets = openAccountsAndRecords(accounts, confirmations, register, complaints, staffFiles,
                hrCases, campaigns, applications, absences, approvals, notices, organisations, database);
        boolean full = Boolean.parseBoolean(resource(FULL));
        uploadHostileFiles(full ? targets : targets.subList(0, 1), Path.of(resource(ROOT)), full);
    }

    /** Inside the server: the accounts that upload, and a record of each kind with an upload form; its targets. */
    static List<Target> openAccountsAndRecords(AccountAdministration accounts, AccountConfirmations confirmations,
            PeopleRegister register, Complaints complaints, StaffFiles staffFiles, HrCases hrCases,
            Campaigns campaigns, Applications applications, Absences absences, Approvals approvals, Notices notices,
            Organisations organisations, DataSource database) throws Exception {
        Set<String> opened = Callers.as(Role.ADMIN, accounts::accounts).stream().map(AccountView::username)
                .collect(Collectors.toSet());
        if (!opened.contains(HR)) {
            TestAccounts.open(accounts, confirmations, HR, PASSWORD, Role.HR);
        }
        if (!opened.contains(DPM)) {
            TestAccounts.open(accounts, confirmations, DPM, PASSWORD, Role.DPM);
        }
        SubjectDetails person = aPerson().named("Upload", unique("Tester")).born(LocalDate.of(1984, 5, 6))
                .as(SubjectCategory.STAFF).registeredIn(register);
        long complaint = Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(ChosenPerson.known(person.id()),
                LocalDate.now(), ComplaintChannel.EMAIL, ComplaintKind.DATA_PROTECTION, ComplaintAbout.SERVICE,
                "Uploads", List.of(), "A complaint to attach hostile files to.", false, null, null, Set.of(HR))))
                .id();
        long staffFile = Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(
                ChosenPerson.known(person.id()), EngagementType.values()[0], "Analyst",
                LocalDate.now().minusYears(1)))).id();
        // a capability case: its health details have an upload of their own
        long hrCase = Callers.as(Role.HR, () -> hrCases.open(new HrCaseForm(staffFile, HrCaseKind.CAPABILITY,
                LocalDate.now(), "A case to attach hostile files to.", Set.of(HR), null))).summary().caseId();
        long campaign = Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(unique("Uploads campaign "),
                "Analyst", LocalDate.now(), LocalDate.now().plusDays(30), Set.of()))).id();
        SubjectDetails applicant = aPerson().named("Upload", unique("Applicant")).as(SubjectCategory.JOB_APPLICANT)
                .registeredIn(register);
        long application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign,
                ChosenPerson.known(applicant.id()), ApplicationSource.DIRECT, null, LocalDate.now()))).id();
        long purpose = Long.parseLong(Sql.column(database, "select min(id) from prot_purpose").get(0));
        Callers.as(Role.HR, () -> absences.record(new AbsenceForm(staffFile, LocalDate.now().minusDays(3), null,
                true)));
        // the DPM's approval of the person's health data, for the account that uploads: the gated forms show
        long health = SeededPurposes.EMPLOYMENT_ADMINISTRATION;
        ApprovalView asked = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person.id(),
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null, health,
                "Uploads: hostile files to the health forms", LocalDate.now().plusDays(7)).usableAlsoBy(Set.of(HR))));
        Callers.as(Role.DPM, () -> approvals.approve(asked.id(), asked.version(), LocalDate.now().plusDays(7),
                null));
        String staffChecks = "/staff/file.xhtml?id=" + staffFile + "&tab=" + CHECKS_TAB;
        long marketingNotice = issuedNoticeFor(notices, SeededPurposes.MARKETING);
        List<Target> targets = new ArrayList<>();
        targets.add(UploadForms.target(UploadForms.COMPLAINT, HR, "/complaints/complaint.xhtml?id=" + complaint,
                "documents", "file_input", "attach", Map.of(), "documents", "download", null));
        targets.add(UploadForms.target(UploadForms.HR_CASE, HR, "/staff/case.xhtml?id=" + hrCase, "documents",
                "file_input", "attach", Map.of(), "documents", "download", null));
        targets.add(UploadForms.target(UploadForms.APPLICATION, HR, "/applications/detail.xhtml?id=" + application,
                "documents", "file_input", "attach", Map.of("kind_input", "CV"), "documents", "download",
                null));
        targets.add(UploadForms.target(UploadForms.DPIA, DPM, "/purposes/dpia.xhtml?id=" + purpose, "documents",
                "file_input", "attach", Map.of(), "documents", "download", null));
        // the staff file's lists of documents are forms of their own, beside the forms that upload
        targets.add(UploadForms.target(UploadForms.STAFF_DOCUMENTS, HR, staffChecks, "documents", "file_input",
                "attach", Map.of("kind_input", "CONTRACT"), "documents-list", "download", null));
        targets.add(UploadForms.target(UploadForms.RIGHT_TO_WORK, HR, staffChecks, "right-to-work", "copies_input",
                "record-check", Map.of("checked-on_input", LocalDate.now().format(DAY), "checked-by",
                        "Uploads tester", "permission_input", "UNLIMITED"), "right-to-work-list", "copy", null));
        // the gated forms: shown once the user opens the details (the approval is checked at each)
        targets.add(UploadForms.target(UploadForms.ABSENCE_HEALTH, HR, "/staff/file.xhtml?id=" + staffFile + "&tab="
                + ABSENCE_TAB, "health", "document_input", "record-health", Map.of("kind_input", "FIT_NOTE",
                        "purpose_input", Long.toString(health), "text", "Unfit for work for a week"), "health",
                "download", "absence:periods:0:show-health"));
        targets.add(UploadForms.target(UploadForms.HR_CASE_HEALTH, HR, "/staff/case.xhtml?id=" + hrCase, "sensitive",
                "document_input", "record", Map.of("sensitive-kind_input", "OCCUPATIONAL_HEALTH", "purpose_input",
                        Long.toString(health), "text", "Fit for adjusted duties"), "sensitive", "download",
                "sensitive:show"));
        targets.add(UploadForms.target(UploadForms.SENSITIVE_DATA, HR, "/people/sensitive.xhtml?id=" + person.id(),
                "sensitive", "document_input", "record", Map.of("category_input", "HEALTH", "purpose_input",
                        Long.toString(health), "content", "Asthma: an inhaler at hand"), "sensitive", "download",
                "sensitive:show"));
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("consent-purpose_input", Long.toString(SeededPurposes.MARKETING));
        consent.put("consent-agreed_input", "on");
        consent.put("consent-version_input", Long.toString(marketingNotice));
        consent.put("consent-wording", "Yes to news of our services by email");
        consent.put("consent-method_input", "FORM");
        consent.put("consent-on_input", LocalDate.now().format(DAY));
        consent.put("consent-evidence", "The signed form");
        targets.add(UploadForms.target(UploadForms.CONSENT_EVIDENCE, HR, "/people/detail.xhtml?id=" + person.id(),
                "consents", "consent-document_input", "record-consent", consent, "consents", "evidence", null));
        // a version takes one PDF, then shows its name and a download instead of the upload: a new draft each time
        targets.add(UploadForms.target(UploadForms.NOTICE_PDF, DPM, "/notices/version.xhtml", "version", "file_input",
                "attach", Map.of(), "pdf", "download", null).each(Pattern.compile("A notice is uploaded as a PDF"),
                        () -> new Pages("/notices/version.xhtml?id=" + newDraft(notices).id(), null)));
        // the contact's consent goes to the consent ledger: its evidence is listed with the person's consents
        OrganisationView client = aClientWithAContact(organisations, register);
        OrganisationView.ContactView contact = client.contacts().get(0);
        Map<String, String> basis = new LinkedHashMap<>();
        basis.put("which_input", Long.toString(contact.contactId()));
        basis.put("basis_input", "CONSENT");
        basis.put("agreed_input", "on");
        basis.put("notice-version_input", Long.toString(marketingNotice));
        basis.put("notice", "Yes to news of your products by email");
        basis.put("method_input", "FORM");
        basis.put("given_input", LocalDate.now().format(DAY));
        targets.add(UploadForms.target(UploadForms.CONTACT_EVIDENCE, HR, "/organisations/organisation.xhtml?id="
                + client.id(), "contact-change", "evidence-document_input", "record-basis", basis, "consents",
                "evidence", "contact-change:choose").choosing(Map.of("which_input", Long.toString(contact.contactId())))
                .listedOn("/people/detail.xhtml?id=" + contact.subjectId()));
        // an application is rejected once: a fresh one for each file, its consent listed with the applicant's
        long talentPoolNotice = issuedNoticeFor(notices, ConsentLedger.TALENT_POOL);
        Map<String, String> rejection = new LinkedHashMap<>();
        rejection.put("reason", "Not shortlisted");
        rejection.put("consent_input", "on");
        rejection.put("consent-version_input", Long.toString(talentPoolNotice));
        rejection.put("consent-notice", "Keep my details for future vacancies");
        rejection.put("consent-method_input", "FORM");
        rejection.put("consent-on_input", LocalDate.now().format(DAY));
        targets.add(UploadForms.target(UploadForms.TALENT_POOL_EVIDENCE, HR, "/applications/detail.xhtml",
                "overview", "consent-document_input", "reject", rejection, "consents", "evidence", null).each(null,
                        () -> freshApplication(register, applications, campaign)));
        // the logo replaces the one before: the page shows it as an image
        targets.add(UploadForms.target(UploadForms.LOGO, DPM, "/settings/letters.xhtml", "logo", "file_input",
                "upload", Map.of(), "logo", null, null));
        assertEquals(List.copyOf(UploadForms.DRIVEN.keySet()), targets.stream().map(Target::source).toList(),
                "the run drives each upload form UploadForms.DRIVEN names, in its order");
        return targets;
    }

    /** A client organisation of its own with a contact. */
    private static OrganisationView aClientWithAContact(Organisations organisations, PeopleRegister register)
            throws Exception {
        OrganisationView organisation = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                unique("Uploads client "), Set.of(OrganisationKind.CLIENT), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null)));
        SubjectDetails person = aPerson().named("Upload", unique("Contact")).as(SubjectCategory.CLIENT_CONTACT)
                .registeredIn(register);
        return Callers.as(Role.HR, () -> organisations.addContact(organisation.id(), new ContactForm(
                ChosenPerson.known(person.id()), OrganisationKind.CLIENT, "Buyer", null, null, null, null,
                ContactSource.ORGANISATION_OR_SOMEONE_ELSE, null)));
    }

    /** A new applicant's application to the campaign: its page, and the applicant's, where their consents are. */
    private static Pages freshApplication(PeopleRegister register, Applications applications, long campaign)
            throws Exception {
        SubjectDetails applicant = aPerson().named("Upload", unique("Applicant")).as(SubjectCategory.JOB_APPLICANT)
                .registeredIn(register);
        long application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign,
                ChosenPerson.known(applicant.id()), ApplicationSource.DIRECT, null, LocalDate.now()))).id();
        return new Pages("/applications/detail.xhtml?id=" + application, "/people/detail.xhtml?id=" + applicant.id());
    }

    /** A privacy notice's version covering the purpose, issued: what a consent to the purpose must name. */
    private static long issuedNoticeFor(Notices notices, long purpose) throws Exception {
        NoticeVersionView draft = newDraft(notices);
        List<ItemAnswer> items = Arrays.stream(NoticeItem.values()).map(item -> new ItemAnswer(item,
                NoticeItemAnswer.PRESENT, "Section " + (item.ordinal() + 1))).toList();
        NoticeVersionView saved = Callers.as(Role.DPM, () -> notices.save(draft.id(), draft.version(),
                new NoticeVersionForm("<p>What we do with your data.</p>", Set.of(purpose), items)));
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(saved.id(), saved.version()));
        return Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version())).id();
    }

    /** The first draft of a new privacy notice. */
    private static NoticeVersionView newDraft(Notices notices) throws Exception {
        NoticeView notice = Callers.as(Role.DPM, () -> notices.add(new NoticeForm(NoticeAudience.STAFF,
                unique("Uploads notice "))));
        return Callers.as(Role.DPM, () -> notices.newDraft(notice.id()));
    }

    /** Every hostile file to every target, judged; the figures written into docs/reliability.md if asked. */
    static void uploadHostileFiles(List<Target> targets, Path root, boolean full) throws Exception {
        List<Hostile> files = HostileUploads.all(FAR_OVER).stream().filter(file -> full
                || SMOKE.contains(file.what())).toList();
        List<Hostile> images = full ? HostileUploads.images(FAR_OVER) : List.of();
        Function<Target, List<Hostile>> filesFor = target -> UploadForms.IMAGES.contains(target.source()) ? images
                : files;
        boolean docs = full;
        Path data = Path.of(System.getProperty("custos.data.dir"));
        Path domains = data.getParent();
        long started = System.nanoTime();
        UploadsRun.Figures figures = new UploadsRun(System.getProperty("custos.base.url"), PASSWORD).run(targets,
                filesFor, List.of(domains, Path.of(System.getProperty("java.io.tmpdir"))), data);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info("Uploads, " + seconds + " s:\n" + figures.report());
        if (docs && !root.toString().isEmpty()) {
            List<Target> documentForms = targets.stream().filter(target -> filesFor.apply(target) == files).toList();
            ReliabilityReport.write(root.resolve("docs/reliability.md"), "uploads", "Bad input: uploads",
                    "`UploadsSystemIT` (Payara Server, the EAR as built, PostgreSQL): " + files.size()
                            + " generated hostile files posted as multipart postbacks with the view state to each of "
                            + documentForms.size() + " upload forms of documents (" + documentForms.stream()
                                    .map(Target::name).collect(Collectors.joining(", ")) + "): executables and a"
                            + " script renamed .pdf,"
                            + " .docx, .jpg; a .docm and a .docx carrying vbaProject.bin; an old .doc; a PDF with"
                            + " JavaScript (stored, served only as an attachment with nosniff); zip bombs (.docx,"
                            + " .xlsx, nested); 0 bytes; the limit, the limit + 1 byte, far over; hostile names. A"
                            + " refusal must name the problem in words; a stored file must show a safe name and"
                            + " download as the same bytes, as an attachment with nosniff. And " + images.size()
                            + " hostile images to the letters' logo (a PNG or JPEG of at most 256 KB, shown in the"
                            + " page):"
                            + " an executable, SVGs with a script, an HTML page and a GIF named as images; a PNG"
                            + " carrying an HTML page; a truncated PNG; image bombs (a PNG and a JPEG claiming"
                            + " billions of pixels in a few kilobytes); 0 bytes; the limit, + 1 byte, far over; hostile"
                            + " names. A stored image must be shown as the same bytes, as image/png or image/jpeg"
                            + " only." + (UploadForms.NOT_DRIVEN.isEmpty() ? "" : " Not driven yet"
                                    + " (`UploadForms.NOT_DRIVEN`, with what each needs first): " + String.join("; ",
                                            UploadForms.NOT_DRIVEN.keySet()) + "."),
                    List.of(new ReliabilityReport.Figure("upload fields of the pages driven", "every one",
                                    UploadForms.DRIVEN.size() + " of " + (UploadForms.DRIVEN.size()
                                            + UploadForms.NOT_DRIVEN.size())),
                            new ReliabilityReport.Figure("uploads tried", "—", Long.toString(figures.tried())),
                            new ReliabilityReport.Figure("refused with a message naming the problem", "—",
                                    Long.toString(figures.refused())),
                            new ReliabilityReport.Figure("stored correctly (safe name, same bytes, attachment)", "—",
                                    Long.toString(figures.stored())),
                            new ReliabilityReport.Figure("failures (500, error page, wrong outcome, unsafe name)",
                                    "0", Integer.toString(figures.failures().size())),
                            new ReliabilityReport.Figure("files left outside the data directory", "0",
                                    Integer.toString(figures.writtenOutside().size())),
                            new ReliabilityReport.Figure("time for the calls", "< 60 s", seconds + " s")));
        }
        assertTrue(figures.tried() >= targets.stream().mapToLong(target -> filesFor.apply(target).size()).sum(),
                "every file went to every form");
        assertEquals(List.of(), figures.failures().stream().map(Object::toString).toList(), figures.report());
        assertEquals(List.of(), figures.writtenOutside(), "files holding uploaded bytes outside the data directory");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UploadsSystemIT.class.getResourceAsStream("/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
