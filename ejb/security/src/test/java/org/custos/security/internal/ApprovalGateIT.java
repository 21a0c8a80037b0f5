package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.security.api.AccessBasis;
import org.custos.security.api.AccessGrantForm;
import org.custos.security.api.AccessGrantView;
import org.custos.security.api.AccessGrants;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.AccountView;
import org.custos.security.api.ApprovalQuery;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.NewAccount;
import org.custos.security.api.RecordAltered;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveReading;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.ServerLog;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DPM's approval gate (L4, L5) and need-to-know grants (X1), on Payara Micro with PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ApprovalGateIT {

    private static final String HEALTH_NOTE = "Type 1 diabetes; needs breaks to eat";

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("gate", Documents.class, ServerLog.class);
    }

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Inject
    Approvals approvals;

    @Inject
    SensitiveData sensitive;

    @Inject
    AccessGrants grants;

    @Inject
    SensitiveRecordWriter fixtures;

    @Inject
    AuditTrail audit;

    @Inject
    AccountAdministration accounts;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountConfirmations confirmations;

    private long purpose(int index) throws SQLException {
        return Long.parseLong(Sql.column(database, "select id from prot_purpose order by id").get(index));
    }

    private LocalDate inAMonth() {
        return LocalDate.now().plusMonths(1);
    }

    private ApprovalView healthRequestedByHr(long person) throws Exception {
        return Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(person,
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1", purpose(0),
                "Reasonable adjustments at work", inAMonth())));
    }

    private ApprovalView approvedByDpm(ApprovalView request) throws Exception {
        return Callers.as(Role.DPM, () -> approvals.approve(request.id(), request.version(), inAMonth(), null));
    }

    private SensitiveRecordForm healthNote(long purposeId) {
        return withDocument(purposeId, null);
    }

    private SensitiveRecordForm withDocument(long purposeId, DocumentUpload document) {
        return new SensitiveRecordForm("register", Set.of(), SpecialCategory.HEALTH, purposeId, HEALTH_NOTE, document);
    }

    private List<String> auditOf(long person) throws SQLException {
        return Sql.column(database, "select action || ' ' || coalesce(record_type, '-') || ' ' || outcome"
                + " from sec_audit_entry where subject_id = ? order by position", person);
    }

    @Test
    void theAuditTrailNamesThePersonAnEntryIsAboutAndAnErasedPersonKeepsOnlyTheirReference_X2() throws Exception {
        long person = fixtures.aPerson();
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> sensitive.read(person,
                SpecialCategory.HEALTH, Set.of())));
        AuditFilter about = new AuditFilter(person, null, null, "SensitiveRecord", null, null, null);
        AuditEntryView refused = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(about, 0, 10))).rows()
                .get(0);
        assertEquals("Test Person", refused.subjectName());
        assertEquals("Test Person (reference " + person + ")", refused.person());

        Sql.execute(database, "delete from core_data_subject where id = ?", person);
        AuditEntryView erased = Callers.as(Role.DPM, () -> audit.search(new AuditQuery(about, 0, 10))).rows()
                .get(0);
        assertEquals(refused.position(), erased.position());
        assertEquals("No longer in the register (reference " + person + ")", erased.person());
    }

    @Test
    void withoutAnApprovalHealthDataCanBeNeitherEnteredNorReadAndEachRefusalIsAudited_L4() throws Exception {
        long person = fixtures.aPerson();
        AccessRefused entering = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0)))));
        assertEquals("You cannot record health data about this person: the DPM has not approved it. Request "
                + "approval first.", entering.getMessage());
        assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> sensitive.read(person, SpecialCategory.HEALTH, Set.of())));
        assertEquals(List.of("CREATE SensitiveRecord DENIED", "READ SensitiveRecord DENIED"), auditOf(person));
        assertEquals(List.of("0"), Sql.column(database,
                "select count(*) from sec_sensitive_record where subject_id = ?", person));
    }

    @Test
    void withAnApprovalInForceHrEntersAndReadsTheDataStoredAsCiphertext_L4_X3() throws Exception {
        long person = fixtures.aPerson();
        ApprovalView approval = approvedByDpm(healthRequestedByHr(person));
        assertTrue(approval.inForce());
        Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0))));
        SensitiveReading reading = Callers.as(Role.HR, () -> sensitive.read(person, SpecialCategory.HEALTH,
                Set.of()));
        assertEquals(List.of(HEALTH_NOTE), reading.records().stream().map(r -> r.content()).toList());
        assertFalse(reading.oversight());
        String stored = Sql.column(database, "select content from sec_sensitive_record where subject_id = ?",
                person).get(0);
        assertFalse(stored.contains("diabetes"), stored);
        assertEquals(List.of("APPROVAL_REQUESTED Approval SUCCESS", "APPROVAL_GRANTED Approval SUCCESS",
                "CREATE SensitiveRecord SUCCESS", "READ SensitiveRecord SUCCESS"), auditOf(person));
        assertEquals(List.of("APPROVAL_REQUESTED " + purpose(0), "CREATE " + purpose(0)), Sql.column(database,
                "select action || ' ' || purpose_id from sec_audit_entry where subject_id = ? and purpose_id is not null"
                        + " order by position", person), "the purpose of each use is in its audit entry (X2)");
    }

    @Test
    void aDocumentIsStoredEncryptedAndOpenedOnlyThroughTheGateEachTimeAudited_L4_X3() throws Exception {
        long person = fixtures.aPerson();
        ApprovalView approval = approvedByDpm(healthRequestedByHr(person));
        byte[] letter = Documents.pdf("Diabetes clinic letter");
        SensitiveRecordView recorded = Callers.as(Role.HR, () -> sensitive.record(person,
                withDocument(purpose(0), new DocumentUpload("clinic-letter.pdf", letter))));
        assertEquals("clinic-letter.pdf", recorded.document().fileName());
        assertEquals("application/pdf", recorded.document().mediaType());
        assertEquals(letter.length, recorded.document().size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter)),
                recorded.document().sha256());
        String stored = Sql.column(database, "select content from sec_sensitive_document where id = ?",
                recorded.id()).get(0);
        assertFalse(new String(Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1)),
                StandardCharsets.ISO_8859_1).contains("%PDF"), "stored encrypted");

        DocumentDownload opened = Callers.as(Role.HR, () -> sensitive.document(person, recorded.id(), Set.of()));
        assertArrayEquals(letter, opened.content());
        assertEquals("clinic-letter.pdf", opened.fileName());
        assertFalse(opened.oversight());
        ApprovalView revoked = Callers.as(Role.DPM, () -> approvals.revoke(approval.id(), approval.version(),
                "Adjustments agreed"));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> approvals.revoke(approval.id(),
                approval.version(), "Other words")), "a second DPM's stale page does not replace the reason");
        assertEquals("Adjustments agreed", revoked.revocationReason());
        assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> sensitive.document(person, recorded.id(), Set.of())));
        assertTrue(Callers.as(Role.DPM, () -> sensitive.document(person, recorded.id(), Set.of())).oversight());
        assertThrows(AccessRefused.class, () -> Callers.as(Role.DPM,
                () -> sensitive.document(fixtures.aPerson(), recorded.id(), Set.of())), "another person's record");
        assertEquals(List.of("READ SUCCESS " + recorded.id() + " document of " + letter.length + " bytes",
                "READ DENIED " + recorded.id() + " -",
                "READ SUCCESS " + recorded.id() + " read by the DPM for oversight: document of " + letter.length
                        + " bytes"), Sql.column(database, "select action || ' ' || outcome || ' ' || record_id || ' '"
                + " || case when outcome = 'DENIED' then '-' else detail end from sec_audit_entry"
                + " where subject_id = ? and record_type = 'SensitiveDocument' order by position", person));
    }

    @Test
    void aDocumentsNameIsStoredEncryptedNeverInPlainText_X3() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        SensitiveRecordView recorded = Callers.as(Role.HR, () -> sensitive.record(person, withDocument(purpose(0),
                new DocumentUpload("Jane Smith sick note.pdf", Documents.pdf("Sick note")))));

        String stored = Sql.column(database, "select document_name from sec_sensitive_record where id = ?",
                recorded.id()).get(0);
        assertTrue(stored.matches("[A-Za-z0-9_-]+\\+row:[A-Za-z0-9+/=]+"), stored);
        assertFalse(stored.contains("Smith") || stored.contains("sick"), stored);
        assertEquals("Jane Smith sick note.pdf", Callers.as(Role.HR, () -> sensitive.read(person,
                SpecialCategory.HEALTH, Set.of())).records().get(0).document().fileName());
        assertEquals("Jane Smith sick note.pdf",
                Callers.as(Role.HR, () -> sensitive.document(person, recorded.id(), Set.of())).fileName());
    }

    /**
     * Someone with access to the database copies Jane's encrypted note, document name or document into John's
     * record: reading John's record then fails with a plain message, never showing Jane's data as John's, and the
     * failure is audited and logged in one line naming where, without a stack trace. Put back, it reads again.
     */
    @Test
    void aValueCopiedIntoAnotherPersonsRecordIsRefusedWithAPlainMessageNeverReadAsTheirs_X3() throws Exception {
        long jane = fixtures.aPerson();
        long john = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(jane));
        approvedByDpm(healthRequestedByHr(john));
        SensitiveRecordView janes = Callers.as(Role.HR, () -> sensitive.record(jane, withDocument(purpose(0),
                new DocumentUpload("Jane Smith sick note.pdf", Documents.pdf("Jane Smith: diabetes clinic")))));
        SensitiveRecordView johns = Callers.as(Role.HR, () -> sensitive.record(john, new SensitiveRecordForm(
                "register", Set.of(), SpecialCategory.HEALTH, purpose(0), "Broken wrist; typing limited",
                new DocumentUpload("John Doe fit note.pdf", Documents.pdf("John Doe: fracture clinic")))));
        Callers.Task readingJohns = () -> sensitive.read(john, SpecialCategory.HEALTH, Set.of());
        Callers.Task openingJohns = () -> sensitive.document(john, johns.id(), Set.of());

        copiedFromJaneToJohn("sec_sensitive_record", "content", janes.id(), johns.id(), readingJohns);
        copiedFromJaneToJohn("sec_sensitive_record", "document_name", janes.id(), johns.id(), openingJohns);
        copiedFromJaneToJohn("sec_sensitive_document", "content", janes.id(), johns.id(), openingJohns);

        assertEquals(List.of("READ SensitiveRecord FAILED RecordAltered",
                "READ SensitiveDocument FAILED RecordAltered", "READ SensitiveDocument FAILED RecordAltered"),
                Sql.column(database, "select action || ' ' || record_type || ' ' || outcome || ' ' || detail"
                        + " from sec_audit_entry where subject_id = ? and outcome = 'FAILED' order by position", john));
        assertEquals("Broken wrist; typing limited", Callers.as(Role.HR, () -> sensitive.read(john,
                SpecialCategory.HEALTH, Set.of())).records().get(0).content(), "put back, John's record reads again");
        assertEquals("John Doe fit note.pdf",
                Callers.as(Role.HR, () -> sensitive.document(john, johns.id(), Set.of())).fileName());
    }

    private void copiedFromJaneToJohn(String table, String column, long janes, long johns, Callers.Task reading)
            throws Exception {
        String johnsValue = Sql.column(database, "select " + column + " from " + table + " where id = ?", johns)
                .get(0);
        Sql.execute(database, "update " + table + " set " + column + " = (select " + column + " from " + table
                + " where id = ?) where id = ?", janes, johns);
        try (ServerLog log = ServerLog.watch("jakarta.enterprise.ejb.container", AuditInterceptor.class.getName(),
                AlteredRecords.class.getName())) {
            RecordAltered refused = assertThrows(RecordAltered.class, () -> Callers.as(Role.HR, reading));

            assertEquals("This record cannot be read: it was altered outside Custos.", refused.getMessage());
            assertEquals(List.of("WARNING The value in " + table + "." + column + " of row " + johns + " does not "
                    + "decrypt there: it was changed, or copied from another row or column, outside Custos",
                    "INFO Refused DefaultSensitiveData." + (table.equals("sec_sensitive_document")
                            || column.equals("document_name") ? "document" : "read") + ": RecordAltered"),
                    log.lines());
        } finally {
            Sql.execute(database, "update " + table + " set " + column + " = ? where id = ?", johnsValue, johns);
        }
    }

    @Test
    void aRenamedExecutableIsRefusedWithTheReasonAndNothingIsRecorded_X3() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(person, withDocument(purpose(0),
                        new DocumentUpload("fit-note.pdf", Documents.executable())))));
        assertTrue(refused.getMessage().startsWith("fit-note.pdf is not a document Custos accepts: it is "
                + "a program (application/x-msdownload)"), refused.getMessage());
        assertEquals(List.of("0"), Sql.column(database,
                "select count(*) from sec_sensitive_record where subject_id = ?", person));
        Callers.as(Role.HR, () -> sensitive.record(person, withDocument(purpose(0),
                new DocumentUpload("adjustments.docx", Documents.docx()))));
        assertEquals(List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Sql.column(database, "select document_type from sec_sensitive_record where subject_id = ?", person));
    }

    @Test
    void aDocumentKeepsItsNameWithoutFoldersOrControlsAndDownloadsWithTheExtensionOfItsContent_X3()
            throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        SensitiveRecordView recorded = Callers.as(Role.HR, () -> sensitive.record(person, withDocument(purpose(0),
                new DocumentUpload("C:\\Scans\\..\\fit\u0000note\u202E.png", Documents.pdf("Fit note")))));

        assertEquals("fitnote.png", recorded.document().fileName());
        assertEquals("fitnote.pdf",
                Callers.as(Role.HR, () -> sensitive.document(person, recorded.id(), Set.of())).fileName());
    }

    @Test
    void aRefusalLogsOneLineWithoutPersonalDataAndNoStackTrace() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        try (ServerLog log = ServerLog.watch("jakarta.enterprise.ejb.container", AuditInterceptor.class.getName())) {
            RequestRefused macros = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                    () -> sensitive.record(person, withDocument(purpose(0),
                            new DocumentUpload("Ann Smith HIV test.docx", Documents.docxWithVbaProject())))));
            InvalidArguments empty = assertThrows(InvalidArguments.class, () -> Callers.as(Role.HR,
                    () -> sensitive.record(person, withDocument(purpose(0),
                            new DocumentUpload("Ann Smith HIV test.pdf", new byte[0])))));

            assertTrue(macros.getMessage().startsWith("Ann Smith HIV test.docx contains macros"), macros.getMessage());
            assertEquals("The document is empty: the file chosen has 0 bytes.",
                    empty.getConstraintViolations().iterator().next().getMessage());
            assertEquals(List.of("INFO Refused DefaultSensitiveData.record: RequestRefused",
                    "INFO Refused DefaultSensitiveData.record: InvalidArguments"), log.lines());
        }
    }

    @Test
    void recordingWithNoPurposeChosenIsRefusedInWordsAndTheAttemptIsAudited_L4_X2() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        InvalidArguments noPurpose = assertThrows(InvalidArguments.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(person, new SensitiveRecordForm("register", Set.of(), SpecialCategory.HEALTH,
                        null, HEALTH_NOTE, null))));

        assertEquals("Choose the purpose.", noPurpose.getConstraintViolations().iterator().next().getMessage());
        assertEquals(List.of("FAILED -"), Sql.column(database, "select outcome || ' ' || coalesce(cast(purpose_id"
                + " as varchar), '-') from sec_audit_entry where subject_id = ? and action = 'CREATE'", person));
    }

    @Test
    void aRestrictedPersonsDataIsNeitherRecordedNorAskedForEvenWithAnApprovalButStillShown_D6() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        fixtures.restrict(person, true);
        String restricted = AccessRefused.restricted().getMessage();
        AccessRefused recording = assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0)))));
        assertEquals(restricted, recording.getMessage());
        AccessRefused asking = assertThrows(AccessRefused.class, () -> healthRequestedByHr(person));
        assertEquals(restricted, asking.getMessage());
        assertEquals(List.of(restricted), Sql.column(database, "select detail from sec_audit_entry"
                + " where subject_id = ? and action = 'CREATE' and outcome = 'DENIED'", person));
        assertTrue(Callers.as(Role.DPM, () -> sensitive.read(person, SpecialCategory.HEALTH, Set.of())).records()
                .isEmpty(), "reading for the DPM's oversight stays allowed");
        Callers.as(Role.HR, () -> sensitive.read(person, SpecialCategory.HEALTH, Set.of()));

        fixtures.restrict(person, false);
        Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0))));
        assertEquals(List.of("1"), Sql.column(database,
                "select count(*) from sec_sensitive_record where subject_id = ?", person));
    }

    @Test
    void anApprovalCoversOnlyItsPurposeAndCategory_L4() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        assertThrows(AccessRefused.class,
                () -> Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(1)))));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.read(person, SpecialCategory.CRIMINAL_RECORDS, Set.of())));
    }

    @Test
    void afterRevocationOrExpiryTheGateRefusesAgain_L4() throws Exception {
        long revokedPerson = fixtures.aPerson();
        ApprovalView revoked = approvedByDpm(healthRequestedByHr(revokedPerson));
        Callers.as(Role.HR, () -> sensitive.record(revokedPerson, healthNote(purpose(0))));
        Callers.as(Role.DPM, () -> approvals.revoke(revoked.id(), revoked.version(), "Adjustments agreed"));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.read(revokedPerson, SpecialCategory.HEALTH, Set.of())));

        long expiredPerson = fixtures.aPerson();
        ApprovalView expired = approvedByDpm(healthRequestedByHr(expiredPerson));
        Sql.execute(database, "update sec_approval set valid_until = current_date - 1 where id = ?", expired.id());
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(expiredPerson, healthNote(purpose(0)))));
        assertFalse(Callers.as(Role.HR, () -> approvals.mine(new ApprovalQuery(null, 0, 500))).rows().stream()
                .filter(mine -> mine.id() == expired.id()).findFirst().orElseThrow().inForce());
    }

    @Test
    void theDpmReadsForOversightWithoutAnApprovalAndTheReadIsFlagged_L4() throws Exception {
        long person = fixtures.aPerson();
        approvedByDpm(healthRequestedByHr(person));
        Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0))));
        long other = fixtures.aPerson();
        SensitiveReading oversight = Callers.as(Role.DPM, () -> sensitive.read(other, SpecialCategory.HEALTH,
                Set.of()));
        assertTrue(oversight.oversight());
        assertEquals(List.of("read by the DPM for oversight: 0 record(s)"), Sql.column(database,
                "select detail from sec_audit_entry where subject_id = ? and action = 'READ'", other));
        assertThrows(AccessRefused.class,
                () -> Callers.as(Role.DPM, () -> sensitive.record(other, healthNote(purpose(0)))),
                "oversight is reading, not entering");
    }

    @Test
    void theRequestsOnesWaitsForArePagedAndOnlyOnesOwnAndAudited_L4() throws Exception {
        ApprovalQuery firstWaiting = new ApprovalQuery(ApprovalStatus.PENDING, 0, 1);
        long before = Callers.as(Role.HR, () -> approvals.mine(firstWaiting)).total();
        approvedByDpm(healthRequestedByHr(fixtures.aPerson()));
        ApprovalView waiting = healthRequestedByHr(fixtures.aPerson());

        Page<ApprovalView> page = Callers.as(Role.HR, () -> approvals.mine(firstWaiting));
        assertEquals(before + 1, page.total(), "the approved one no longer waits");
        assertEquals(List.of(waiting.id()), page.rows().stream().map(ApprovalView::id).toList(), "newest first");
        assertEquals(List.of("SEARCH Approval"), Sql.column(database, "select action || ' ' || record_type"
                + " from sec_audit_entry where actor = ? order by position desc limit 1", Callers.principal(Role.HR)));
        assertTrue(Callers.as(Role.DPM, () -> approvals.mine(new ApprovalQuery(ApprovalStatus.PENDING, 0, 500)))
                .rows().stream().noneMatch(mine -> mine.id() == waiting.id()), "another's request is not one's own");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> approvals.mine(firstWaiting)));
    }

    @Test
    void nobodyApprovesTheirOwnRequestAndOnlyTheDpmDecides_L4() throws Exception {
        long person = fixtures.aPerson();
        ApprovalView own = Callers.as(Role.DPM, () -> approvals.request(ApprovalRequestForm.forPerson(person,
                SpecialCategory.HEALTH, SpecialCategoryCondition.LEGAL_CLAIMS, null, purpose(0), "Tribunal claim",
                inAMonth())));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> approvedByDpm(own));
        assertEquals("You cannot decide your own request: another DPM must decide it.", refused.getMessage());
        ApprovalView hrRequest = healthRequestedByHr(person);
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> approvals.approve(hrRequest.id(), hrRequest.version(), inAMonth(), null)));
        Callers.as(Role.DPM, () -> approvals.reject(hrRequest.id(), hrRequest.version(), "Not needed for this"));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM,
                () -> approvals.approve(hrRequest.id(), hrRequest.version(), inAMonth(), null)),
                "a second DPM's stale page does not turn the rejection into an approval");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, () -> approvals.mine(new ApprovalQuery(null, 0, 1))),
                "the administrator has no access to personal data");
    }

    @Test
    void aGroupApprovalCoversThePeopleTheRecordingContextPutsInTheGroup_L4() throws Exception {
        String campaign = Long.toString(System.nanoTime());
        String group = TestCampaignGroups.PREFIX + campaign;
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forGroup(group,
                SpecialCategory.CRIMINAL_RECORDS, SpecialCategoryCondition.EMPLOYMENT_LAW, "Schedule 1 para 1",
                purpose(0), "Unspent convictions", inAMonth())));
        assertEquals("Test campaign " + campaign + ", conditional offers", request.groupLabel(),
                "the label the context gives its group");
        approvedByDpm(request);
        long member = fixtures.aPerson();
        SensitiveRecordForm declaration = new SensitiveRecordForm("recruitment", Set.of(group),
                SpecialCategory.CRIMINAL_RECORDS, purpose(0), "No unspent convictions", null);
        Callers.as(Role.HR, () -> sensitive.record(member, declaration));
        SensitiveRecordForm outsider = new SensitiveRecordForm("recruitment", Set.of(),
                SpecialCategory.CRIMINAL_RECORDS, purpose(0), "No unspent convictions", null);
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> sensitive.record(member, outsider)));
    }

    @Test
    void aRequestNamesOnlyAGroupThatAContextFormsAndUnderTheLabelItGives_L4() throws Exception {
        String invented = "recruitment:campaign:4711:conditional-offers";
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> approvals.request(ApprovalRequestForm.forGroup(invented, SpecialCategory.HEALTH,
                        SpecialCategoryCondition.EMPLOYMENT_LAW, null, purpose(0), "Fitness to work", inAMonth()))));
        assertTrue(refused.getMessage().startsWith("There is no such group of people."), refused.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> approvals.groupLabel(invented)));
        assertEquals("Test campaign 12, conditional offers",
                Callers.as(Role.HR, () -> approvals.groupLabel(TestCampaignGroups.PREFIX + "12")));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from sec_approval where group_key = ?",
                invented));
    }

    @Test
    void anApprovalIsUsedOnlyByTheAccountThatAskedForItAndTheAccountsNamedOnIt_L4() throws Exception {
        String hr = Callers.principal(Role.HR);
        if (Sql.column(database, "select count(*) from sec_account where username = ?", hr).get(0).equals("0")) {
            OpenedAccounts.open(accounts, confirmations, new NewAccount(hr, "Harriet Rowe", "amber-kettle-9-larch",
                    Set.of(Role.HR)));
        }
        long person = fixtures.aPerson();
        ApprovalRequestForm form = ApprovalRequestForm.forPerson(person, SpecialCategory.HEALTH,
                SpecialCategoryCondition.EMPLOYMENT_LAW, null, purpose(0), "Adjustments for the interview", inAMonth());
        approvedByDpm(Callers.as(Role.HIRING_MANAGER, () -> approvals.request(form)));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HR, () -> sensitive.record(person,
                healthNote(purpose(0)))), "HR did not ask for it and is not named on it");

        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> approvals.request(form.usableAlsoBy(Set.of("nobody.here")))));
        assertEquals("The account nobody.here cannot be named to use the approval: it is not an active account that "
                + "may see personal data.", unknown.getMessage());
        ApprovalView naming = approvedByDpm(Callers.as(Role.HIRING_MANAGER,
                () -> approvals.request(form.usableAlsoBy(Set.of("HR-Tester")))));
        assertEquals(Set.of(hr), naming.alsoUsedBy());
        assertEquals(Callers.principal(Role.HIRING_MANAGER) + " and " + hr, naming.usersLabel());
        Callers.as(Role.HR, () -> sensitive.record(person, healthNote(purpose(0))));
        assertEquals(1, Callers.as(Role.HR, () -> sensitive.read(person, SpecialCategory.HEALTH, Set.of()))
                .records().size());
    }

    @Test
    void hrOrFinanceDataIsUsedOutsideHrOnlyWithAWrittenApprovalForThatAccount_L5() throws Exception {
        long person = fixtures.aPerson();
        String manager = Callers.principal(Role.HIRING_MANAGER);
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> approvals.requireUseOutsideHr(person, Set.of(), DataArea.HR)));
        Callers.as(Role.HR, () -> approvals.requireUseOutsideHr(person, Set.of(), DataArea.HR));
        ApprovalView request = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forUseOutsideHr(
                person, DataArea.HR, manager, purpose(0), "Manager prepares the probation review", inAMonth())));
        approvedByDpm(request);
        Callers.as(Role.HIRING_MANAGER, () -> approvals.requireUseOutsideHr(person, Set.of(), DataArea.HR));
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> approvals.requireUseOutsideHr(person, Set.of(), DataArea.FINANCE)));
        assertEquals(List.of("DENIED", "DENIED"), Sql.column(database, "select outcome from sec_audit_entry"
                + " where subject_id = ? and actor = ? and action = 'READ' and outcome = 'DENIED'", person, manager));
    }

    @Test
    void needToKnowLetsOnlyGrantedAccountsInAndTheDpmBreaksGlassWithAReason_X1() throws Exception {
        long person = fixtures.aPerson();
        String file = "complaint-" + System.nanoTime();
        String manager = Callers.principal(Role.HIRING_MANAGER);
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> grants.require("ComplaintFile", file, Set.of())));
        AccessGrantView grant = Callers.as(Role.HR, () -> grants.grant(new AccessGrantForm(manager, "ComplaintFile",
                file, null, person, "Named handler of the complaint", inAMonth())));
        assertEquals(AccessBasis.GRANT, Callers.as(Role.HIRING_MANAGER,
                () -> grants.require("ComplaintFile", file, Set.of())));
        Callers.as(Role.HR, () -> grants.revoke(grant.id(), grant.version()));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> grants.revoke(grant.id(),
                grant.version())), "a second HR user's stale page: the revocation's day and name stay the first's");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> grants.require("ComplaintFile", file, Set.of())));

        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> grants.breakGlass("ComplaintFile", file, person, "Urgent")));
        Callers.as(Role.DPM, () -> grants.breakGlass("ComplaintFile", file, person,
                "Handler absent; police request must be answered today"));
        assertEquals(AccessBasis.BREAK_GLASS, Callers.as(Role.DPM,
                () -> grants.require("ComplaintFile", file, Set.of())));
        assertEquals(List.of("BREAK_GLASS"), Sql.column(database, "select action from"
                + " sec_audit_entry where subject_id = ? and action = 'BREAK_GLASS' order by position", person));
        List<String> opened = Sql.column(database, "select action || ' ' || outcome || ' ' || detail"
                + " from sec_audit_entry where subject_id = ? and record_id = ? and record_type = 'AccessGrant'"
                + " order by position", person, file);
        assertEquals(1, opened.size(), "X2: one entry for the opening, naming the person: " + opened);
        assertTrue(opened.get(0).startsWith("READ SUCCESS record opened under break-glass grant "), opened.get(0));
        assertEquals(List.of("Handler absent; police request must be answered today"), Sql.column(database,
                "select reason from sec_access_grant where break_glass and record_id = ?", file));
    }

    @Test
    void grantsAreForEnabledAccountsWhoseRolesSeeRecords_X1() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        AccountView handler = OpenedAccounts.open(accounts, confirmations, new NewAccount("handler" + suffix,
                "Pat Handler", "amber-kettle-9-larch", Set.of(Role.HIRING_MANAGER)));
        AccountView operator = OpenedAccounts.open(accounts, confirmations, new NewAccount("operator" + suffix,
                "Ops Only", "amber-kettle-9-larch", Set.of(Role.ADMIN)));
        AccountView leaver = OpenedAccounts.open(accounts, confirmations, new NewAccount("leaver" + suffix,
                "Lee Ver", "amber-kettle-9-larch", Set.of(Role.HR)));
        Callers.as(Role.ADMIN, () -> accounts.disable(leaver.id()));
        List<String> grantees = Callers.as(Role.DPM, () -> directory.holdingAny(Role.seeingRecords())).stream()
                .map(AccountName::username).toList();
        assertTrue(grantees.contains(handler.username()), grantees.toString());
        assertFalse(grantees.contains(operator.username()), "the administrator sees no records");
        assertFalse(grantees.contains(leaver.username()), "a disabled account");
        assertThrows(EJBAccessException.class,
                () -> Callers.as(Role.ADMIN, () -> directory.holdingAny(Role.seeingRecords())));
    }
}
