package org.custos.system.server;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.aRequestFrom;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.domain.crypto.AlteredValue;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.CorrectableFieldView;
import org.custos.protection.rights.api.CorrectionForm;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.rights.api.Rectifications;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.BankDetailsForm;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.Campaigns;
import org.custos.recruitment.api.FinalOffers;
import org.custos.recruitment.api.OfferView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.OwnAccount;
import org.custos.security.api.SecondFactorSetup;
import org.custos.security.api.SensitiveData;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.OwnRecord;
import org.custos.staff.api.OwnRecordView;
import org.custos.staff.api.StaffAccounts;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffFiles;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.custos.testsupport.TestPostgres;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data at rest and recovery (issue 20, X3, X2), on Payara Server with the real EAR and PostgreSQL: every kind of
 * value Custos encrypts ({@link EncryptedColumns}) is seeded through the facades as the roles that record it, each
 * holding a marker of its own; then
 * <ol>
 *   <li>{@code pg_dump} of the database, plain SQL and the custom format (uncompressed, so that a search can read
 *       it), holds none of the markers, while it does hold a name stored in plain text (the search can fail);</li>
 *   <li>{@code ./backup.sh --postgres} backs up the database and the data directory together while the server
 *       runs, {@code ./restore.sh --postgres} restores them into a new database and a new data directory, and every
 *       table (and sequence) of the restored database equals the original's, row by row;</li>
 *   <li>the server, started on the restored database and data directory, decrypts every encrypted value (the
 *       markers among them) and the audit chain verifies;</li>
 *   <li>started on the restored database with an empty data directory (the keys lost), it refuses to start, its log
 *       naming the missing key file and what to restore, and makes no new key (a new key would turn every encrypted
 *       value into "altered outside Custos" and the chain into a broken one); with the key files put back it starts,
 *       decrypts every value and its chain verifies.</li>
 * </ol>
 * Only in the profile {@code recovery}, which runs the test JVM's PostgreSQL 15 for the {@code pg_dump} 15 on the
 * PATH (README, "Backup and restore"). The steps that stop and start the server or run the scripts run outside it;
 * what is inside the server writes its figures into a file beside the data directory for the report.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreSystemIT {

    /** A name stored in plain text (not special-category data): the dump scan must find it. */
    static final String PLAIN_FAMILY_NAME = "Plainbackupcontrol";
    static final String HEALTH = "Backupmarker health: asthma since 1999";
    static final String DOCUMENT_NAME = "backupmarker-gp-letter.pdf";
    static final String DOCUMENT_TEXT = "Backupmarker document text";
    static final String HOLDER = "Backupmarker Account Holder";
    /** Not a date's digits (no month 67) nor a time's. */
    static final String SORT_CODE = "48-67-93";
    static final String ACCOUNT_NUMBER = "73915286";
    static final String CHANGE = "Backupmarker 12 Harbour Road";
    static final String COMPLAINT_DOCUMENT_NAME = "backupmarker-complaint-letter.pdf";
    static final String COMPLAINT_DOCUMENT_TEXT = "Backupmarker complaint evidence";
    static final String CORRECTION = "Backupmarker migraine since 2018";

    /** Every marker, by what it stands for. */
    static final Map<String, String> MARKERS = markers();

    private static final String RESTORED = "custos_restored";
    private static final String FIGURES = "recovery-figures.properties";
    private static final String SECRET = "second factor's secret";

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(BackupRestoreSystemIT.class, ReliabilityReport.class, ArchiveBytes.class);
    }

    @EJB
    PeopleRegister register;

    @EJB
    Approvals approvals;

    @EJB
    SensitiveData sensitive;

    @EJB
    Campaigns campaigns;

    @EJB
    Applications applications;

    @EJB
    FinalOffers offers;

    @EJB
    StaffFiles staffFiles;

    @EJB
    StaffAccounts staffAccounts;

    @EJB
    OwnRecord ownRecord;

    @EJB
    Complaints complaints;

    @EJB
    RightsRequests requests;

    @EJB
    ResponseCompilation compilation;

    @EJB
    Rectifications rectifications;

    @EJB
    OwnAccount ownAccount;

    @EJB
    AuditTrail audit;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** Its cache forgets what raw SQL changed behind it. */
    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("special category (health record)", HEALTH);
        markers.put("special-category document's name", DOCUMENT_NAME);
        markers.put("special-category document's content", DOCUMENT_TEXT);
        markers.put("bank details: account holder", HOLDER);
        markers.put("bank details: sort code", SORT_CODE);
        markers.put("bank details: account number", ACCOUNT_NUMBER);
        markers.put("reported change of a member of staff", CHANGE);
        markers.put("complaint document's name", COMPLAINT_DOCUMENT_NAME);
        markers.put("complaint document's content", COMPLAINT_DOCUMENT_TEXT);
        markers.put("correction of a rights request", CORRECTION);
        return markers;
    }

    @Test
    @Order(1)
    void everyKindOfEncryptedValueIsRecordedThroughTheFacades_X3() throws Exception {
        for (Role role : Role.values()) {
            TestAccounts.ensure(database, Callers.principal(role), role);
        }
        SubjectDetails person = aPerson().named("Robin", PLAIN_FAMILY_NAME).livingAt("1 Old Lane", "Leeds",
                "LS1 1AA").withAnEmail().as(SubjectCategory.JOB_APPLICANT).registeredIn(register);
        anApprovedHealthRecordFor(person.id()).saying(HEALTH).withDocument(DOCUMENT_NAME, pdf(DOCUMENT_TEXT))
                .recordedThrough(approvals, sensitive);

        // bank details: a final offer's, and a staff file's (a hire moves them from the offer to the staff file)
        long hired = finalOfferWithBankDetails(person.id(), "Backup campaign 1");
        ApplicationView offered = Callers.as(Role.HR, () -> applications.application(hired));
        Callers.as(Role.HR, () -> applications.hire(hired, offered.version(), LocalDate.now().plusDays(30)));
        long application = finalOfferWithBankDetails(person.id(), "Backup campaign 2");

        // a member of staff reports a change of their own record
        long colleague = aPerson().called("Nell").livingAt("2 Old Lane", "Leeds", "LS1 1AB")
                .as(SubjectCategory.STAFF).registeredIn(register).id();
        StaffFileView file = Callers.as(Role.HR, () -> staffFiles.open(new OpenStaffFileForm(
                ChosenPerson.known(colleague), EngagementType.EMPLOYEE, "Clerk", LocalDate.now().minusYears(1))));
        Callers.as(Role.HR, () -> staffAccounts.link(file.id(), Callers.principal(Role.STAFF)));
        OwnRecordView mine = Callers.as(Role.STAFF, ownRecord::mine);
        OwnRecordView.OwnDetail address = mine.details().stream()
                .filter(detail -> detail.field().equals("Address line 1")).findFirst().orElseThrow();
        Callers.as(Role.STAFF, () -> ownRecord.reportChange(file.id(), address.changedTo(CHANGE)));

        // a complaint's document
        long complaint = Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(ChosenPerson.known(person.id()),
                LocalDate.now(), ComplaintChannel.EMAIL, ComplaintKind.DATA_PROTECTION, ComplaintAbout.SERVICE,
                "Backup", List.of(), "A complaint for the backup test.", false, null, null,
                Set.of(Callers.principal(Role.HR))))).id();
        Callers.as(Role.HR, () -> complaints.attach(complaint, new DocumentUpload(COMPLAINT_DOCUMENT_NAME,
                pdf(COMPLAINT_DOCUMENT_TEXT))));

        // a subject access request: its review items (one redacted) and its pack; a rectification's correction
        RequestView access = anAccessRequestFrom(person.id()).verifiedIn(requests);
        Callers.as(Role.DPM, () -> compilation.compile(access.id(), access.version()));
        onceCompiled(access.id(), requests);
        for (ReviewItemView item : Callers.as(Role.DPM, () -> compilation.items(access.id()))) {
            ReviewForm form = item.recordType().equals("SensitiveRecord")
                    ? new ReviewForm(ReviewDecision.REDACT, item.fields().stream().map(ItemField::value).toList(), null)
                    : new ReviewForm(ReviewDecision.DISCLOSE, null, null);
            Callers.as(Role.DPM, () -> compilation.decide(access.id(), item.id(), item.version(), form));
        }
        Callers.as(Role.DPM, () -> compilation.producePack(access.id(),
                Callers.as(Role.DPM, () -> requests.request(access.id())).version()));
        RequestView rectification = aRequestFrom(person.id(), RequestType.RECTIFICATION)
                .asking("The health record is wrong").verifiedIn(requests);
        CorrectableFieldView content = Callers.as(Role.DPM, () -> rectifications.correctable(rectification.id()))
                .stream().filter(field -> field.context().equals("security") && field.field().equals("Content"))
                .findFirst().orElseThrow();
        Callers.as(Role.DPM, () -> rectifications.add(rectification.id(), new CorrectionForm(content.context(),
                content.recordType(), content.recordId(), content.field(), CORRECTION)));

        // a second factor: its secret is random, the marker is the secret itself
        SecondFactorSetup setup = Callers.as(Role.HIRING_MANAGER, ownAccount::newSecondFactor);
        Callers.as(Role.HIRING_MANAGER, () -> ownAccount.enableSecondFactor(setup.secret(), totp(setup.secret())));

        Properties figures = new Properties();
        figures.setProperty(SECRET, setup.secret());
        figures.setProperty("application", Long.toString(application));
        figures.setProperty("subject", Long.toString(person.id()));
        List<String> empty = new ArrayList<>();
        for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
            if (count(database, column) == 0) {
                empty.add(column.table() + "." + column.name());
            }
        }
        figures.setProperty("seeded.columns", Integer.toString(EncryptedColumns.ALL.size() - empty.size()));
        figures.setProperty("seeded.empty", String.join(", ", empty));
        writeFigures(figures);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aDumpHoldsNoSensitiveValueInPlainTextThoughItHoldsThePlainOnes_X3() throws Exception {
        Path folder = work().resolve("dumps");
        Files.createDirectories(folder);
        Path plain = folder.resolve("custos.sql");
        Path custom = folder.resolve("custos.dump");
        run(Map.of(), "pg_dump", "--format=plain", "--file=" + plain, "--dbname=" + TestPostgres.DATABASE);
        // uncompressed, so that the search reads the rows (the backup's own dump is compressed)
        run(Map.of(), "pg_dump", "--format=custom", "--compress=0", "--file=" + custom,
                "--dbname=" + TestPostgres.DATABASE);
        Properties figures = readFigures();
        Map<String, String> markers = markers(figures);
        List<String> found = new ArrayList<>();
        for (Path dump : List.of(plain, custom)) {
            byte[] bytes = Files.readAllBytes(dump);
            assertTrue(contains(bytes, PLAIN_FAMILY_NAME), "the search finds a name stored in plain text in " + dump);
            markers.forEach((what, marker) -> {
                if (contains(bytes, marker)) {
                    found.add(dump.getFileName() + ": " + what);
                }
            });
        }
        figures.setProperty("dump.markers", Integer.toString(markers.size()));
        figures.setProperty("dump.found", Integer.toString(found.size()));
        figures.setProperty("dump.found.which", String.join("; ", found));
        figures.setProperty("dump.bytes", Files.size(plain) + " / " + Files.size(custom));
        writeFigures(figures);
        assertEquals(List.of(), found, "sensitive values in plain text in the dump");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theBackupRestoredIntoAnEmptyDatabaseEqualsTheOriginalTableByTable() throws Exception {
        Path backups = work().resolve("backups");
        Path restoredData = work().resolve("restored-data");
        deleteRecursively(backups);
        deleteRecursively(restoredData);
        dropDatabase(RESTORED);
        long started = System.nanoTime();
        String folder = run(Map.of("CUSTOS_DATA_DIR", PayaraServerSession.dataDirectory().toString()),
                script("backup.sh"), "--postgres", backups.toString()).strip();
        long backedUp = System.nanoTime();
        run(Map.of("CUSTOS_DATA_DIR", restoredData.toString(), "PGDATABASE", RESTORED),
                script("restore.sh"), "--postgres", folder);
        long restored = System.nanoTime();
        PayaraServerSession.killServer();   // nothing writes to the original while it is compared

        Properties figures = readFigures();
        Comparison comparison = compare(TestPostgres.dataSource(), database(RESTORED));
        figures.setProperty("compare.tables", Integer.toString(comparison.tables));
        figures.setProperty("compare.rows", Long.toString(comparison.rows));
        figures.setProperty("compare.sequences", Integer.toString(comparison.sequences));
        figures.setProperty("compare.differences", Integer.toString(comparison.differences.size()));
        figures.setProperty("compare.which", String.join("; ", comparison.differences));
        figures.setProperty("backup.ms", Long.toString((backedUp - started) / 1_000_000));
        figures.setProperty("restore.ms", Long.toString((restored - backedUp) / 1_000_000));
        figures.setProperty("backup.files", String.join(", ", list(Path.of(folder))));
        writeFigures(figures);
        assertEquals(List.of(), comparison.differences);
        assertTrue(comparison.rows > 0);

        // the server now runs on the restored copy: the database under its name, the data directory in its place
        dropDatabase(TestPostgres.DATABASE);
        superuser("alter database " + RESTORED + " rename to " + TestPostgres.DATABASE);
        Path data = PayaraServerSession.dataDirectory();
        Files.move(data, work().resolve("original-data"));
        copyRecursively(restoredData, data);
        startAgainAndWaitForTheApplication();
    }

    @Test
    @Order(4)
    void onTheRestoredCopyEveryEncryptedValueDecryptsAndTheAuditChainVerifies_X2_X3() throws Exception {
        Properties figures = readFigures();
        Opened opened = openEveryEncryptedValue(database, markers(figures));
        figures.setProperty("restored.values", Integer.toString(opened.values));
        figures.setProperty("restored.opened", Integer.toString(opened.opened));
        figures.setProperty("restored.markers", Integer.toString(opened.markersFound.size()));
        long application = Long.parseLong(figures.getProperty("application"));
        OfferView offer = Callers.as(Role.HR, () -> offers.offer(application));
        ChainVerification chain = Callers.as(Role.DPM, audit::verifyChain);
        figures.setProperty("restored.chain", chain.intact() ? "verifies (" + chain.entriesChecked() + " entries)"
                : "broken at " + chain.firstBrokenPosition() + ": " + chain.problem());
        writeFigures(figures);
        assertEquals(opened.values, opened.opened, "encrypted values that do not decrypt");
        assertEquals(new TreeSet<>(markers(figures).values()), opened.markersFound, "the seeded values, decrypted");
        assertEquals(HOLDER, offer.accountHolder());
        assertEquals(SORT_CODE, offer.sortCode());
        assertTrue(offer.maskedAccountNumber().endsWith(ACCOUNT_NUMBER.substring(4)));
        assertTrue(chain.intact(), chain.problem());
    }

    @Test
    @Order(5)
    @RunAsClient
    void withoutItsKeysTheServerRefusesToStartOnTheRestoredDatabaseAndMakesNone_X2_X3() throws Exception {
        PayaraServerSession.killServer();
        Path data = PayaraServerSession.dataDirectory();
        Path keys = work().resolve("restored-data-in-use");
        Files.move(data, keys);
        Files.createDirectories(data);
        ServerLog logged = ServerLog.mark();
        PayaraServerSession.startAgain();
        String refusal = null;
        boolean started = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI login = java.net.URI.create(System.getProperty("custos.test.base.url") + "/login.xhtml");
        while (refusal == null && !started && System.nanoTime() < deadline) {
            refusal = logged.linesSince(line -> line.contains(MISSING_KEYS)).stream().findFirst().orElse(null);
            try {
                started = client.send(java.net.http.HttpRequest.newBuilder(login).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        List<String> made = Stream.of("data-keys", "audit.key").filter(key -> Files.exists(data.resolve(key)))
                .toList();
        Properties figures = readFigures();
        figures.setProperty("lost.refused", refusal != null && !started ? "yes" : started ? "no: it started"
                : "no refusal logged in 20 minutes");
        figures.setProperty("lost.message", refusal == null ? "none" : refusal.substring(refusal.indexOf(
                MISSING_KEYS)));
        figures.setProperty("lost.made", made.isEmpty() ? "none" : String.join(", ", made));
        writeFigures(figures);
        // the key files put back, as the log says, before any check: the server must be up for the steps after
        PayaraServerSession.killServer();
        deleteRecursively(data);
        Files.move(keys, data);
        startAgainAndWaitForTheApplication();
        assertFalse(started, "the server started on a database of encrypted values without its keys");
        assertNotNull(refusal, "no refusal naming the missing key file in the server log");
        assertTrue(refusal.contains(data.resolve("data-keys").toString()), refusal);
        assertTrue(refusal.contains("Backup and restore"), refusal);
        assertEquals(List.of(), made, "keys made over the restored database");
    }

    @Test
    @Order(6)
    void withTheKeyFilesPutBackEveryValueDecryptsAndTheChainVerifies_X2_X3() throws Exception {
        Properties figures = readFigures();
        Opened opened = openEveryEncryptedValue(database, markers(figures));
        figures.setProperty("back.values", Integer.toString(opened.values));
        figures.setProperty("back.opened", Integer.toString(opened.opened));
        ChainVerification chain = Callers.as(Role.DPM, audit::verifyChain);
        figures.setProperty("back.chain", chain.intact() ? "verifies (" + chain.entriesChecked() + " entries)"
                : "broken at " + chain.firstBrokenPosition() + ": " + chain.problem());
        writeFigures(figures);
        assertEquals(opened.values, opened.opened, "encrypted values that do not decrypt with the keys put back");
        assertTrue(chain.intact(), chain.problem());
    }

    @Test
    @Order(7)
    @RunAsClient
    void theFiguresGoToTheReliabilityReport() throws Exception {
        Properties read = readFigures();
        Properties figures = new Properties() {
            @Override
            public String getProperty(String key) {
                String value = read.getProperty(key);
                return value != null ? value : "not measured (an earlier step failed)";
            }
        };
        String columns = figures.getProperty("seeded.columns") + " of " + EncryptedColumns.ALL.size()
                + (figures.getProperty("seeded.empty").isEmpty() ? "" : " (none in " + figures.getProperty(
                        "seeded.empty") + ")");
        String note = "`BackupRestoreSystemIT` (`./mvnw verify -Precovery -pl system-tests -am`; Payara Server, the"
                + " EAR as built, PostgreSQL 15 for Debian's `pg_dump` 15): every kind of value Custos encrypts"
                + " (`EncryptedColumns`) recorded through the facades as the roles that record them, each with a"
                + " marker of its own; `pg_dump` plain and custom (uncompressed) searched for every marker and for a"
                + " name stored in plain text (found: the search can fail); `./backup.sh --postgres` while the server"
                + " runs, `./restore.sh --postgres` into a new database and data directory, every table and sequence"
                + " compared row by row; the server started on the restored copy decrypts every encrypted value and"
                + " verifies the audit chain; started on it with an empty data directory (the keys lost), it refuses"
                + " to start and makes no key; with the key files put back it starts again.";
        List<ReliabilityReport.Figure> rows = List.of(
                new ReliabilityReport.Figure("encrypted columns holding a seeded value", "every one", columns),
                new ReliabilityReport.Figure("seeded sensitive values (markers) found in the dumps (plain and custom)",
                        "0", figures.getProperty("dump.found") + " of " + figures.getProperty("dump.markers")
                        + " markers searched in 2 dumps" + which(figures.getProperty("dump.found.which"))),
                new ReliabilityReport.Figure("a plain-text name found in the dumps (the search can fail)", "yes",
                        "yes, in both"),
                new ReliabilityReport.Figure("tables compared after restore", "every one",
                        figures.getProperty("compare.tables") + " tables, " + figures.getProperty("compare.rows")
                        + " rows, " + figures.getProperty("compare.sequences") + " sequences"),
                new ReliabilityReport.Figure("differences after restore", "0",
                        figures.getProperty("compare.differences") + which(figures.getProperty("compare.which"))),
                new ReliabilityReport.Figure("encrypted values decrypted by the server on the restored copy", "all",
                        figures.getProperty("restored.opened") + " of " + figures.getProperty("restored.values")
                        + " (the " + figures.getProperty("restored.markers") + " markers among them)"),
                new ReliabilityReport.Figure("audit chain on the restored copy", "verifies",
                        figures.getProperty("restored.chain")),
                new ReliabilityReport.Figure("server refuses to start without its keys (empty data directory)",
                        "yes", figures.getProperty("lost.refused") + "; the log says \""
                        + figures.getProperty("lost.message") + "\""),
                new ReliabilityReport.Figure("keys made over the restored database without the data directory", "none",
                        figures.getProperty("lost.made")),
                new ReliabilityReport.Figure("with the key files put back: values decrypted, audit chain",
                        "all, verifies", figures.getProperty("back.opened") + " of " + figures.getProperty(
                        "back.values") + ", " + figures.getProperty("back.chain")),
                new ReliabilityReport.Figure("time of backup.sh / restore.sh (small database)", "—",
                        figures.getProperty("backup.ms") + " ms / " + figures.getProperty("restore.ms") + " ms"));
        ReliabilityReport.write(Path.of(System.getProperty("custos.root"), "docs", "reliability.md"),
                "backup-restore", "Data at rest and recovery: the dump scan, backup and restore", note, rows);
    }

    private long finalOfferWithBankDetails(long subject, String title) throws Exception {
        long campaign = Callers.as(Role.HR, () -> campaigns.open(new CampaignForm(title, "Analyst",
                LocalDate.now(), LocalDate.now().plusDays(30), Set.of(Callers.principal(Role.HIRING_MANAGER))))).id();
        long application = Callers.as(Role.HR, () -> applications.receive(new ApplicationForm(campaign,
                ChosenPerson.known(subject), ApplicationSource.DIRECT, null, LocalDate.now()))).id();
        Sql.execute(database, "update rec_application set status = 'FINAL_OFFER' where id = ?", application);
        cache.getCache().evictAll();
        Callers.as(Role.HR, () -> offers.recordBankDetails(application, null,
                new BankDetailsForm(LocalDate.now(), HOLDER, SORT_CODE, ACCOUNT_NUMBER)));
        return application;
    }

    /** The start of the line the server logs when it refuses to make a key over data that needs the old one. */
    private static final String MISSING_KEYS = "Custos does not start: the data key file";

    /** Starts the killed server again and waits until the EAR, deployed again as it starts, serves its login page. */
    private static void startAgainAndWaitForTheApplication() throws Exception {
        PayaraServerSession.startAgain();
        PayaraServerSession.waitForTheApplication();
    }

    /** Every marker, the second factor's secret (random, known once seeded) among them. */
    private static Map<String, String> markers(Properties figures) {
        Map<String, String> markers = new LinkedHashMap<>(MARKERS);
        markers.put(SECRET, figures.getProperty(SECRET));
        return markers;
    }

    /** The code an authenticator app shows now for a base32 secret (RFC 6238: HMAC-SHA1, 30 s, 6 digits). */
    private static String totp(String secret) throws java.security.GeneralSecurityException {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream key = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : secret.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                key.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.toByteArray(), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static String which(String which) {
        return which == null || which.isEmpty() ? "" : " (" + which + ")";
    }

    /** Every non-null value of every encrypted column, opened by the application's rule under its keys. */
    private static Opened openEveryEncryptedValue(DataSource database, Map<String, String> markers)
            throws SQLException {
        Opened opened = new Opened();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
                try (ResultSet rows = statement.executeQuery("select " + column.key() + ", " + column.name()
                        + " from " + column.table() + " where " + column.name() + " is not null")) {
                    while (rows.next()) {
                        opened.values++;
                        try {
                            String text = new String(column.openBytes(new Sealed(rows.getString(2)), rows.getLong(1)),
                                    StandardCharsets.UTF_8);
                            opened.opened++;
                            markers.values().stream().filter(text::contains).forEach(opened.markersFound::add);
                        } catch (AlteredValue | IllegalStateException notOpened) {
                            // counted: values minus opened
                        }
                    }
                }
            }
        }
        return opened;
    }

    private static final class Opened {
        int values;
        int opened;
        final Set<String> markersFound = new TreeSet<>();
    }

    private static long count(DataSource database, EncryptedColumns.Column column) throws SQLException {
        return Long.parseLong(Sql.column(database, "select count(*) from " + column.table() + " where "
                + column.name() + " is not null").get(0));
    }

    private record Comparison(int tables, long rows, int sequences, List<String> differences) {
    }

    /** Every table of the schema public in both, each row as its text, sorted; every sequence's last value. */
    private static Comparison compare(DataSource original, DataSource restored) throws SQLException {
        List<String> differences = new ArrayList<>();
        String tablesSql = "select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' order by table_name";
        List<String> tables = Sql.column(original, tablesSql);
        List<String> restoredTables = Sql.column(restored, tablesSql);
        if (!tables.equals(restoredTables)) {
            differences.add("tables: " + tables + " against " + restoredTables);
        }
        long rows = 0;
        for (String table : tables) {
            String rowsSql = "select t::text from \"" + table + "\" t order by 1";
            List<String> before = Sql.column(original, rowsSql);
            List<String> after = restoredTables.contains(table) ? Sql.column(restored, rowsSql) : List.of();
            rows += before.size();
            if (!before.equals(after)) {
                differences.add(table + ": " + before.size() + " rows against " + after.size() + ", "
                        + before.stream().filter(row -> !after.contains(row)).count() + " not restored as they were");
            }
        }
        String sequencesSql = "select sequencename || ' ' || coalesce(last_value::text, '-') from pg_sequences"
                + " where schemaname = 'public' order by 1";
        List<String> sequences = Sql.column(original, sequencesSql);
        if (!sequences.equals(Sql.column(restored, sequencesSql))) {
            differences.add("sequences: " + sequences + " against " + Sql.column(restored, sequencesSql));
        }
        return new Comparison(tables.size(), rows, sequences.size(), differences);
    }

    private static DataSource database(String name) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {TestPostgres.port()});
        source.setDatabaseName(name);
        source.setUser(TestPostgres.USER);
        source.setPassword(TestPostgres.PASSWORD);
        return source;
    }

    /** As the embedded server's superuser (trusted on 127.0.0.1), as a database administrator would. */
    private static void superuser(String sql) throws IOException, InterruptedException {
        run(Map.of("PGDATABASE", "postgres"), "psql", "--no-psqlrc", "--set=ON_ERROR_STOP=1", "--command=" + sql);
    }

    private static void dropDatabase(String name) throws IOException, InterruptedException {
        superuser("drop database if exists " + name + " with (force)");
    }

    private static String script(String name) {
        return Path.of(System.getProperty("custos.root"), name).toString();
    }

    /** Runs a command with libpq's environment pointing at the test JVM's PostgreSQL; returns its output. */
    private static String run(Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile(work(), "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PGHOST", "127.0.0.1");
        builder.environment().put("PGPORT", Integer.toString(TestPostgres.port()));
        builder.environment().put("PGUSER", "postgres");
        builder.environment().put("PGDATABASE", TestPostgres.DATABASE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        String text = Files.readString(output);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + text);
        return text.lines().reduce((first, last) -> last).orElse("");
    }

    /** The test's folder, beside the data directory (the server and the test JVM both see it). */
    private static Path work() throws IOException {
        String inServer = System.getProperty("custos.data.dir");
        Path data = inServer != null ? Path.of(inServer) : PayaraServerSession.dataDirectory();
        return Files.createDirectories(data.resolveSibling("recovery"));
    }

    private static Properties readFigures() throws IOException {
        Properties figures = new Properties();
        try (Reader in = Files.newBufferedReader(work().resolve(FIGURES))) {
            figures.load(in);
        }
        return figures;
    }

    private static void writeFigures(Properties figures) throws IOException {
        try (Writer out = Files.newBufferedWriter(work().resolve(FIGURES))) {
            figures.store(out, "BackupRestoreSystemIT");
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean contains(byte[] haystack, String text) {
        return ArchiveBytes.contains(haystack, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
