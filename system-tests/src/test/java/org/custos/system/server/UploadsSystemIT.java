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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
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
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountView;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffFiles;
import org.custos.system.server.HostileUploads.Hostile;
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
 * Uploads (issue 20, "Bad input"): every upload form of the pages takes the hostile files of {@link HostileUploads}
 * (executables and a script renamed as documents, macro-enabled Office documents, a PDF with JavaScript, zip bombs,
 * empty files, the limit, one byte over and far over, hostile names) as a browser posts them, on the EAR on Payara
 * Server; each is refused with a message naming the problem, or stored under a safe name and downloaded as the same
 * bytes, as an attachment ({@link UploadsRun}); nothing is left on disk outside the data directory. The figures go to
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
    /** Far over the limit, and past the 64 MB the server takes in one request. */
    private static final int FAR_OVER = 80 * 1024 * 1024;

    /** The classes of the probe, for a deployment shared with other tests ({@link ServerSystemIT}). */
    static final List<Class<?>> PROBE = List.of(UploadsSystemIT.class, FormClient.class, TestAccounts.class,
            UploadsRun.class, HostileUploads.class, PageForms.class, ReliabilityReport.class);

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

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void everyUploadFormRefusesHostileFilesWithAMessageOrStoresThemSafely_issue20() throws Exception {
        List<Target> targets = openAccountsAndRecords(accounts, confirmations, register, complaints, staffFiles,
                hrCases, campaigns, applications, database);
        boolean full = Boolean.parseBoolean(resource(FULL));
        uploadHostileFiles(full ? targets : targets.subList(0, 1), Path.of(resource(ROOT)), full);
    }

    /** Inside the server: the accounts that upload, and a record of each kind with an upload form; its targets. */
    static List<Target> openAccountsAndRecords(AccountAdministration accounts, AccountConfirmations confirmations,
            PeopleRegister register, Complaints complaints, StaffFiles staffFiles, HrCases hrCases,
            Campaigns campaigns, Applications applications, DataSource database) throws Exception {
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
        long hrCase = Callers.as(Role.HR, () -> hrCases.open(new HrCaseForm(staffFile, HrCaseKind.GRIEVANCE,
                LocalDate.now(), "A case to attach hostile files to.", Set.of(HR), null))).summary().caseId();
        long campaign = Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(unique("Uploads campaign "),
                "Analyst", LocalDate.now(), LocalDate.now().plusDays(30), Set.of()))).id();
        SubjectDetails applicant = aPerson().named("Upload", unique("Applicant")).as(SubjectCategory.JOB_APPLICANT)
                .registeredIn(register);
        long application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign,
                ChosenPerson.known(applicant.id()), ApplicationSource.DIRECT, null, LocalDate.now()))).id();
        long purpose = Long.parseLong(Sql.column(database, "select min(id) from prot_purpose").get(0));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("complaint documents", HR, "/complaints/complaint.xhtml?id=" + complaint, "documents",
                "file_input", "attach", Map.of()));
        targets.add(new Target("HR case documents", HR, "/staff/case.xhtml?id=" + hrCase, "documents",
                "file_input", "attach", Map.of()));
        targets.add(new Target("application documents (CV)", HR, "/applications/detail.xhtml?id=" + application,
                "documents", "file_input", "attach", Map.of("kind_input", "CV")));
        targets.add(new Target("DPIA assessment document", DPM, "/purposes/dpia.xhtml?id=" + purpose, "documents",
                "file_input", "attach", Map.of()));
        return targets;
    }

    /** Every hostile file to every target, judged; the figures written into docs/reliability.md if asked. */
    static void uploadHostileFiles(List<Target> targets, Path root, boolean full) throws Exception {
        List<Hostile> files = HostileUploads.all(FAR_OVER).stream().filter(file -> full
                || SMOKE.contains(file.what())).toList();
        boolean docs = full;
        Path data = Path.of(System.getProperty("custos.data.dir"));
        Path domains = data.getParent();
        long started = System.nanoTime();
        UploadsRun.Figures figures = new UploadsRun(System.getProperty("custos.base.url"), PASSWORD).run(targets,
                files, List.of(domains, Path.of(System.getProperty("java.io.tmpdir"))), data);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.info("Uploads, " + seconds + " s:\n" + figures.report());
        if (docs && !root.toString().isEmpty()) {
            ReliabilityReport.write(root.resolve("docs/reliability.md"), "uploads", "Bad input: uploads",
                    "`UploadsSystemIT` (Payara Server, the EAR as built, PostgreSQL): " + files.size()
                            + " generated hostile files posted as multipart postbacks with the view state to each of "
                            + targets.size() + " upload forms (" + targets.stream().map(Target::name)
                                    .collect(Collectors.joining(", ")) + "): executables and a script renamed .pdf,"
                            + " .docx, .jpg; a .docm and a .docx carrying vbaProject.bin; an old .doc; a PDF with"
                            + " JavaScript (stored, served only as an attachment with nosniff); zip bombs (.docx,"
                            + " .xlsx, nested); 0 bytes; the limit, the limit + 1 byte, far over; hostile names. A"
                            + " refusal must name the problem in words; a stored file must show a safe name and"
                            + " download as the same bytes.",
                    List.of(new ReliabilityReport.Figure("uploads tried", "—", Long.toString(figures.tried())),
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
        assertTrue(figures.tried() >= (long) targets.size() * files.size(), "every file went to every form");
        assertEquals(List.of(), figures.failures().stream().map(Object::toString).toList(), figures.report());
        assertEquals(List.of(), figures.writtenOutside(), "files holding uploaded bytes outside the data directory");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UploadsSystemIT.class.getResourceAsStream("/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
