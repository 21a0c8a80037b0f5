package org.custos.staff.internal;

import static org.custos.protection.testsupport.People.aPerson;
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
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.EngagementType;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.HrCaseNoteKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Sha256;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.WarningLevel;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AccountName;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.staff.api.HrCaseForm;
import org.custos.staff.api.HrCaseMeetingForm;
import org.custos.staff.api.HrCaseNoteForm;
import org.custos.staff.api.HrCaseOutcomeForm;
import org.custos.staff.api.HrCaseSummary;
import org.custos.staff.api.HrCaseView;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.OpenStaffFileForm;
import org.custos.staff.api.StaffAccounts;
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
 * HR cases on Payara Micro with PostgreSQL (R3, X1): only the named HR handlers and the DPM see a case, another HR
 * user is refused, the person a grievance is about never sees it, every read and change is audited; a warning's
 * expiry from its level's period, after which only the summary is kept (through HR's action and through the staff
 * holder's erasure, with SQL checks that the details are gone); the cases in the staff holder's export; the person a
 * case is about chosen among the enabled accounts; the account linked to the file's own person kept out of its cases.
 */
@ExtendWith(ArquillianExtension.class)
class HrCasesIT {

    private static final String HR = Callers.principal(Role.HR);
    private static final String OTHER_HR = "hr-other-tester";
    private static final String DPM = Callers.principal(Role.DPM);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("staff", ProtectionDeployment.fixtures());
    }

    @Inject
    HrCases hrCases;

    @Inject
    StaffFiles staffFiles;

    @Inject
    StaffAccounts staffAccounts;

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
                EngagementType.EMPLOYEE, "Clerk", today().minusYears(2))));
    }

    private HrCaseView opened(StaffFileView file, HrCaseKind kind, LocalDate openedOn, Set<String> handlers,
            String about) throws Exception {
        return Callers.as(Role.HR, () -> hrCases.open(new HrCaseForm(file.id(), kind, openedOn,
                "Repeated lateness", handlers, about)));
    }

    private List<String> audit(long caseId) throws Exception {
        return Sql.column(database, "select actor || ' ' || action || ' ' || outcome from sec_audit_entry"
                + " where record_type = 'HrCase' and record_id = ? order by position", Long.toString(caseId));
    }

    @Test
    void aNamedHandlerReadsTheCaseAnotherHrUserIsRefusedUntilNamedAndEveryCallIsAudited_X1_X2() throws Exception {
        StaffFileView file = file("Nina");
        HrCaseView mine = opened(file, HrCaseKind.DISCIPLINARY, today(), Set.of(HR), null);
        HrCaseView theirs = opened(file, HrCaseKind.CAPABILITY, today(), Set.of(OTHER_HR), null);

        HrCaseView read = Callers.as(Role.HR, () -> hrCases.hrCase(mine.id()));

        assertEquals(List.of(HR), read.handlers());
        assertEquals("Only the HR handlers named on this case and the DPM can see it.", assertThrows(
                AccessRefused.class, () -> Callers.as(Role.HR, () -> hrCases.hrCase(theirs.id()))).getMessage());
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> hrCases.addNote(theirs.id(),
                theirs.version(), new HrCaseNoteForm(HrCaseNoteKind.ALLEGATION, "Late four times"))));
        assertEquals(List.of(mine.id()), Callers.as(Role.HR, () -> hrCases.onFile(file.id())).stream()
                .map(HrCaseSummary::caseId).toList(), "another's case is not even listed");
        assertEquals(Set.of(mine.id(), theirs.id()), Set.copyOf(Callers.as(Role.DPM,
                () -> hrCases.onFile(file.id())).stream().map(HrCaseSummary::caseId).toList()),
                "the DPM sees every case");
        assertEquals(List.of(HR + " CREATE SUCCESS", HR + " READ SUCCESS"), audit(mine.id()));
        assertEquals(List.of(HR + " CREATE SUCCESS", HR + " READ DENIED", HR + " UPDATE DENIED"),
                audit(theirs.id()));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> hrCases.onFile(file.id())),
                "X6");
        HrCaseView reassigned = Callers.as(Role.DPM, () -> hrCases.changeHandlers(theirs.id(), theirs.version(),
                Set.of(HR, OTHER_HR)));
        HrCaseView readOnceNamed = Callers.as(Role.HR, () -> hrCases.hrCase(theirs.id()));
        assertEquals(List.of(OTHER_HR, HR), readOnceNamed.handlers(), "named now, the HR user reads it");
        assertEquals(reassigned.version(), readOnceNamed.version());
    }

    @Test
    void theLineManagerAGrievanceIsAboutNeverSeesItWhateverTheirRole_X1() throws Exception {
        StaffFileView file = file("Omar");
        HrCaseView grievance = opened(file, HrCaseKind.GRIEVANCE, today(), Set.of(HR), DPM);

        assertEquals("This case is about you, so it is not shown to you.", assertThrows(AccessRefused.class,
                () -> Callers.as(Role.DPM, () -> hrCases.hrCase(grievance.id()))).getMessage());
        assertEquals(List.of(), Callers.as(Role.DPM, () -> hrCases.onFile(file.id())),
                "the DPM sees every case but one about themselves");
        assertEquals("Repeated lateness", Callers.as(Role.HR, () -> hrCases.hrCase(grievance.id())).description());
        assertEquals(OTHER_HR + " cannot handle a case about themselves.", assertThrows(RequestRefused.class,
                () -> opened(file, HrCaseKind.GRIEVANCE, today(), Set.of(HR, OTHER_HR), OTHER_HR)).getMessage());
        assertEquals(DPM + " is not an active account with the HR role.", assertThrows(RequestRefused.class,
                () -> opened(file, HrCaseKind.GRIEVANCE, today(), Set.of(DPM), null)).getMessage());
    }

    @Test
    void aRestrictedPersonsCaseSaysSoBeforeAnyoneTypesAndTakesNoChange_D6() throws Exception {
        StaffFileView file = file("Sara");
        HrCaseView hrCase = opened(file, HrCaseKind.DISCIPLINARY, today(), Set.of(HR), null);
        assertFalse(hrCase.restricted());
        Sql.execute(database, "update core_data_subject set restricted = true where id = ?", file.subjectId());
        cache.getCache().evictAll();

        HrCaseView read = Callers.as(Role.HR, () -> hrCases.hrCase(hrCase.id()));

        assertTrue(read.restricted(), "the case's page tells the restriction above its forms");
        assertTrue(assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> hrCases.addNote(hrCase.id(),
                read.version(), new HrCaseNoteForm(HrCaseNoteKind.ALLEGATION, "Late again"))))
                .restriction());
    }

    @Test
    void thePersonACaseIsAboutIsChosenAmongTheEnabledAccountsAndAnUnknownOneIsRefused_X1() throws Exception {
        String manager = Callers.principal(Role.HIRING_MANAGER);
        String gone = "line-manager-gone";
        String admin = Callers.principal(Role.ADMIN);
        TestAccounts.ensure(database, manager, Role.HIRING_MANAGER);
        TestAccounts.ensure(database, gone, Role.HIRING_MANAGER);
        TestAccounts.ensure(database, admin, Role.ADMIN);
        Sql.execute(database, "update sec_account set enabled = false where username = ?", gone);
        StaffFileView file = file("Rhea");

        assertEquals(List.of(new AccountName(manager, "Tester " + manager)),
                Callers.as(Role.HR, () -> hrCases.aboutChoices("HIRING-manager-TES")));
        assertEquals(List.of(), Callers.as(Role.HR, () -> hrCases.aboutChoices(gone)), "a disabled account");
        assertEquals(List.of(), Callers.as(Role.HR, () -> hrCases.aboutChoices(admin)), "X6: no records");
        assertEquals(List.of(), Callers.as(Role.HR, () -> hrCases.aboutChoices("hiring_manager")),
                "what is typed is taken literally");
        assertTrue(Callers.as(Role.HR, () -> hrCases.aboutChoices("tester")).size() <= 10, "a few at a time");
        for (String unknown : List.of("nobody-at-all", gone, admin)) {
            assertEquals(unknown + " is not an active account; choose the account of the person the case is about"
                    + " from those offered, or leave it empty when they have none.", assertThrows(
                    RequestRefused.class, () -> opened(file, HrCaseKind.GRIEVANCE, today(), Set.of(HR), unknown))
                    .getMessage());
        }
        assertEquals(List.of(), Callers.as(Role.HR, () -> hrCases.onFile(file.id())), "nothing opened");

        HrCaseView grievance = opened(file, HrCaseKind.GRIEVANCE, today(), Set.of(HR), manager);

        assertEquals(manager, grievance.aboutAccount());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> hrCases.hrCase(grievance.id())), "the line manager it is about never reaches it");
    }

    @Test
    void theAccountLinkedToThePersonWhoseFileHoldsACaseNeverSeesItNorHandlesIt_X1_A1() throws Exception {
        StaffFileView file = file("Ivy");
        HrCaseView hrCase = warned(file, today().minusMonths(7), WarningLevel.FIRST_WRITTEN,
                Documents.pdf("Invitation"));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, () -> hrCases.hrCase(hrCase.id())),
                "a member of staff has no way to the cases");
        Sql.execute(database, "insert into sec_account_role (account_id, role) select id, 'STAFF' from sec_account"
                + " where username = ?", HR);
        cache.getCache().evictAll();
        try {
            Callers.as(Role.HR, () -> staffAccounts.link(file.id(), HR));

            assertEquals("This case is on your own staff file, so it is not shown to you.", assertThrows(
                    AccessRefused.class, () -> Callers.as(Role.HR, () -> hrCases.hrCase(hrCase.id()))).getMessage(),
                    "named a handler before the link, they no longer see it");
            assertEquals(List.of(), Callers.as(Role.HR, () -> hrCases.onFile(file.id())));
            assertFalse(Callers.as(Role.HR, () -> hrCases.expiredWarnings(0, 200)).rows().stream()
                    .anyMatch(row -> row.caseId() == hrCase.id()), "nor among the warnings to reduce");
            assertEquals("You cannot open a case on your own staff file.", assertThrows(RequestRefused.class,
                    () -> opened(file, HrCaseKind.CAPABILITY, today(), Set.of(OTHER_HR), null)).getMessage());
            assertEquals(HR + " cannot handle a case on their own staff file.", assertThrows(RequestRefused.class,
                    () -> Callers.as(Role.DPM, () -> hrCases.changeHandlers(hrCase.id(), hrCase.version(),
                            Set.of(HR, OTHER_HR)))).getMessage());
            HrCaseView overseen = Callers.as(Role.DPM, () -> hrCases.hrCase(hrCase.id()));
            assertEquals(2, overseen.notes().size(), "the DPM still reads the working notes");
        } finally {
            Sql.execute(database, "delete from stf_account where username = ?", HR);
            Sql.execute(database, "delete from sec_account_role where role = 'STAFF' and account_id = (select id"
                    + " from sec_account where username = ?)", HR);
            cache.getCache().evictAll();
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

    /** A case with an allegation, an investigation note, a meeting and a document, decided with a warning. */
    private HrCaseView warned(StaffFileView file, LocalDate decidedOn, WarningLevel level, byte[] letter)
            throws Exception {
        HrCaseView hrCase = opened(file, HrCaseKind.DISCIPLINARY, decidedOn.minusDays(20), Set.of(HR), null);
        HrCaseView noted = Callers.as(Role.HR, () -> hrCases.addNote(hrCase.id(), hrCase.version(),
                new HrCaseNoteForm(HrCaseNoteKind.ALLEGATION, "Late four times in March")));
        HrCaseView investigated = Callers.as(Role.HR, () -> hrCases.addNote(hrCase.id(), noted.version(),
                new HrCaseNoteForm(HrCaseNoteKind.INVESTIGATION, "Rota confirms it")));
        HrCaseView met = Callers.as(Role.HR, () -> hrCases.addMeeting(hrCase.id(), investigated.version(),
                new HrCaseMeetingForm(decidedOn.minusDays(5), "Employee, companion, HR", "Accepted the facts")));
        HrCaseView attached = Callers.as(Role.HR, () -> hrCases.attach(hrCase.id(), met.version(),
                new DocumentUpload("invitation.pdf", letter)));
        return Callers.as(Role.HR, () -> hrCases.decide(hrCase.id(), attached.version(),
                new HrCaseOutcomeForm(decidedOn, "Warning given", level, null)));
    }

    private List<String> details(long caseId) throws Exception {
        return Sql.column(database, "select count(*) from stf_case_note where case_id = ? union all select count(*)"
                + " from stf_case_meeting where case_id = ? union all select count(*) from stf_case_document"
                + " where case_id = ?", caseId, caseId, caseId);
    }

    private List<String> summaryRow(long caseId) throws Exception {
        return Sql.column(database, "select kind || ' ' || opened_on || ' ' || outcome || ' ' || decided_on || ' '"
                + " || warning_level || ' ' || warning_expires_on || ' ' || summarised_on from stf_case where id = ?",
                caseId);
    }

    @Test
    void aNoteAddedMeanwhileRefusesTheChangeOfAPageThatDidNotShowIt() throws Exception {
        HrCaseView shown = opened(file("Pia"), HrCaseKind.DISCIPLINARY, today(), Set.of(HR), null);
        HrCaseView noted = Callers.as(Role.HR, () -> hrCases.addNote(shown.id(), shown.version(),
                new HrCaseNoteForm(HrCaseNoteKind.ALLEGATION, "Late four times in March")));
        assertEquals(shown.version() + 1, Sql.column(database, "select version from stf_case where id = ?",
                shown.id()).stream().mapToLong(Long::parseLong).findFirst().orElseThrow(), "the stored case moved on");
        assertEquals(shown.version() + 1, noted.version());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> hrCases.decide(shown.id(),
                shown.version(), new HrCaseOutcomeForm(today(), "No case to answer", null, null))));
    }

    @Test
    void atAWarningsExpiryOnlyTheCasesSummaryIsKept_R3() throws Exception {
        StaffFileView file = file("Pia");
        LocalDate decided = today().minusMonths(7);
        HrCaseView expired = warned(file, decided, WarningLevel.FIRST_WRITTEN, Documents.pdf("Invitation"));
        HrCaseView current = warned(file, today(), WarningLevel.VERBAL, Documents.pdf("Invitation"));
        assertEquals(decided.plusMonths(6), expired.summary().warningExpiresOn(), "a first written warning: 6 months");
        assertEquals(today().plusMonths(3), current.summary().warningExpiresOn(), "a verbal warning: 3 months");
        assertEquals(List.of("2", "1", "1"), details(expired.id()));
        assertEquals("The warning expires on " + OrganisationTime.DAY.format(today().plusMonths(3))
                + ": the case's details are kept until then.", assertThrows(RequestRefused.class,
                () -> Callers.as(Role.HR, () -> hrCases.reduceToSummary(current.id(), current.version())))
                .getMessage());
        assertEquals(List.of(expired.id()), Callers.as(Role.HR, () -> hrCases.expiredWarnings(0, 200)).rows()
                .stream().map(HrCaseSummary::caseId).filter(id -> id == expired.id() || id == current.id()).toList());
        assertTrue(expired.reducible() && !current.reducible(), "the page offers the summary only after expiry");

        HrCaseView summary = Callers.as(Role.HR, () -> hrCases.reduceToSummary(expired.id(), expired.version()));

        assertTrue(summary.summaryOnly());
        assertEquals(List.of("0", "0", "0"), details(expired.id()), "notes, meetings and documents are gone");
        assertEquals(List.of("DISCIPLINARY " + decided.minusDays(20) + " Warning given " + decided
                + " FIRST_WRITTEN " + decided.plusMonths(6) + " " + today()), summaryRow(expired.id()),
                "the summary stays: kind, dates, outcome, level");
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from stf_case_handler where case_id = ?",
                expired.id()), "still seen by its handlers alone");
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> hrCases.addNote(expired.id(),
                summary.version(), new HrCaseNoteForm(HrCaseNoteKind.INVESTIGATION, "More"))));
        assertEquals(List.of("2", "1", "1"), details(current.id()), "the current warning's case keeps its details");
    }

    @Test
    void expiredWarningsAreTheCallersOwnPagedInTwoStatementsWithTheNamesJoined_R3_X1() throws Exception {
        StaffFileView file = file("Rhea");
        LocalDate decided = today().minusMonths(8);
        HrCaseView first = warned(file, decided, WarningLevel.FIRST_WRITTEN, Documents.pdf("Invitation"));
        HrCaseView second = warned(file, decided.plusDays(1), WarningLevel.VERBAL, Documents.pdf("Invitation"));
        HrCaseView notMine = opened(file, HrCaseKind.CAPABILITY, decided.minusDays(5), Set.of(OTHER_HR), null);
        Callers.as(Role.DPM, () -> hrCases.decide(notMine.id(), notMine.version(),
                new HrCaseOutcomeForm(decided, "Warning given", WarningLevel.VERBAL, null)));
        Set<Long> ofThisFile = Set.of(first.id(), second.id(), notMine.id());

        Page<HrCaseSummary> all = Callers.as(Role.HR, () -> hrCases.expiredWarnings(0, 200));

        List<HrCaseSummary> mine = all.rows().stream().filter(row -> ofThisFile.contains(row.caseId())).toList();
        assertEquals(List.of(second.id(), first.id()), mine.stream().map(HrCaseSummary::caseId).toList(),
                "the caller's own, soonest expired first; the case another HR user handles is not listed");
        assertEquals(List.of(file.name(), file.name()), mine.stream().map(HrCaseSummary::name).toList());
        assertEquals(List.of(file.id(), file.id()), mine.stream().map(HrCaseSummary::staffFileId).toList());
        assertEquals(List.of(decided.plusDays(1).plusMonths(3), decided.plusMonths(6)), mine.stream()
                .map(HrCaseSummary::warningExpiresOn).toList(), "a verbal warning expires before a first written one");
        assertEquals(1, Callers.as(Role.HR, () -> hrCases.expiredWarnings(0, 1)).rows().size());
        assertEquals(all.total(), Callers.as(Role.HR, () -> hrCases.expiredWarnings(0, 1)).total());
        assertTrue(all.total() >= 2);
        cache.getCache().evictAll();
        List<String> statements = SqlStatements.issuedBy(cache, () -> Callers.as(Role.HR,
                () -> hrCases.expiredWarnings(0, 50)));
        assertEquals(2, statements.stream().filter(sql -> sql.startsWith("select") && (sql.contains(" stf_")
                || sql.contains(" core_data_subject"))).count(), "the page and its count, however many rows, names"
                + " joined\n" + String.join("\n", statements));
    }

    @Test
    void theStaffHolderExportsCasesListsThoseDueAndErasesTheirDetailsAtExpiry_R3_D3() throws Exception {
        StaffFileView file = file("Quinn");
        long subject = file.subjectId();
        byte[] letter = Documents.pdf("Outcome letter");
        LocalDate decided = today().minusMonths(4);
        HrCaseView expired = warned(file, decided, WarningLevel.VERBAL, letter);
        HrCaseView current = warned(file, today(), WarningLevel.FINAL_WRITTEN, letter);

        SubjectDataSection export = throughTheSpi(holder -> holder.export(subject));

        List<DataItem> ofExpired = export.items().stream().filter(item -> item.recordType().startsWith("HrCase")
                && (item.recordType().equals("HrCase") ? item.recordId().equals(Long.toString(expired.id()))
                        : value(item, "Case").equals(Long.toString(expired.id())))).toList();
        assertEquals(List.of("HrCase", "HrCaseNote", "HrCaseNote", "HrCaseMeeting", "HrCaseDocument"),
                ofExpired.stream().map(DataItem::recordType).toList());
        assertEquals(List.of("Verbal warning", OrganisationTime.DAY.format(decided.plusMonths(3))),
                List.of(value(ofExpired.get(0), "Warning"), value(ofExpired.get(0), "Warning expires on")));
        assertEquals(List.of("invitation.pdf", Sha256.hex(letter)), List.of(value(ofExpired.get(4), "File name"),
                value(ofExpired.get(4), "SHA-256")), "documents by name and hash");
        List<RetentionItem> due = throughTheSpi(holder -> holder.dueForReview(today()));
        assertTrue(due.stream().anyMatch(item -> item.recordType().equals("HrCase")
                && item.recordId().equals(Long.toString(expired.id())) && item.subjectId() == subject
                && item.dueOn().equals(decided.plusMonths(3)) && item.rule().equals("retention.warning-verbal")));
        assertTrue(due.stream().noneMatch(item -> item.recordId().equals(Long.toString(current.id()))));

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(subject));

        assertEquals(4, erased.erased(), "two notes, a meeting and a document");
        assertTrue(erased.keptWithReasons().contains("HR case " + current.id() + ": its details are kept until its"
                + " warning expires on " + OrganisationTime.DAY.format(today().plusMonths(12)) + ", then only its"
                + " summary."), erased.keptWithReasons().toString());
        assertEquals(List.of("0", "0", "0"), details(expired.id()));
        assertEquals(List.of("DISCIPLINARY " + decided.minusDays(20) + " Warning given " + decided + " VERBAL "
                + decided.plusMonths(3) + " " + today()), summaryRow(expired.id()));
        assertEquals(List.of("2", "1", "1"), details(current.id()));
        cache.getCache().evictAll();
        assertEquals(List.of("HrCase"), throughTheSpi(holder -> holder.export(subject)).items().stream()
                .filter(item -> item.recordType().startsWith("HrCase") && (item.recordId()
                        .equals(Long.toString(expired.id())) || Long.toString(expired.id())
                        .equals(value(item, "Case")))).map(DataItem::recordType).toList(),
                "only the summary is exported after expiry");
        assertFalse(throughTheSpi(holder -> holder.dueForReview(today())).stream()
                .anyMatch(item -> item.recordId().equals(Long.toString(expired.id()))), "no longer due");
    }

    @Test
    void aReviewerKeepsOnlyTheSummaryOfADueCaseThroughTheHolderAndACaseNotYetDueIsKept_R3_R6() throws Exception {
        StaffFileView file = file("Rowe");
        long subject = file.subjectId();
        byte[] letter = Documents.pdf("Outcome letter");
        LocalDate decided = today().minusMonths(4);
        HrCaseView expired = warned(file, decided, WarningLevel.VERBAL, letter);
        HrCaseView current = warned(file, today(), WarningLevel.FINAL_WRITTEN, letter);
        RetentionItem due = throughTheSpi(holder -> holder.dueForReview(today())).stream()
                .filter(item -> item.recordType().equals("HrCase")
                        && item.recordId().equals(Long.toString(expired.id()))).findFirst().orElseThrow();

        ErasureOutcome summarised = throughTheSpi(holder -> holder.dispose(due, Disposal.SUMMARISE));

        assertEquals(4, summarised.erased(), "two notes, a meeting and a document");
        assertEquals(List.of("0", "0", "0"), details(expired.id()));
        assertEquals(List.of("DISCIPLINARY " + decided.minusDays(20) + " Warning given " + decided + " VERBAL "
                + decided.plusMonths(3) + " " + today()), summaryRow(expired.id()));
        RetentionItem notDue = new RetentionItem("staff", "HrCase", Long.toString(current.id()), subject, today(),
                "retention.warning-final", "Not yet due.");
        ErasureOutcome kept = throughTheSpi(holder -> holder.dispose(notDue, Disposal.SUMMARISE));
        assertEquals(0, kept.erased());
        assertEquals(List.of("2", "1", "1"), details(current.id()), "a case whose warning runs keeps its details");
        assertEquals(0, throughTheSpi(holder -> holder.dispose(due, Disposal.SUMMARISE)).erased(), "once");
    }

    private static String value(DataItem item, String label) {
        return item.fields().stream().filter(field -> field.label().equals(label))
                .map(SubjectDataSection.Field::value).findFirst().orElse("");
    }
}
