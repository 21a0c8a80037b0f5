package org.custos.protection.consent.internal;

import static org.custos.testsupport.Failures.causedBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.People;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Documents;
import org.custos.testsupport.IssuedNotice;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent ledger on Payara Micro with PostgreSQL (L2, D3): HR and the DPM record a consent only when the person
 * said yes, with the notice version they were given; a withdrawal, one action, stops the purpose from its day on;
 * the person's history lists both, it is part of their copy of the data, and every call is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentsIT {

    private static final String WORDING = "Yes, please send me news of your services and events by email.";

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Consents consents;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    /** A version of a notice that was issued, which a consent names. */
    private long issued;

    @BeforeEach
    void anIssuedNotice() throws Exception {
        issued = IssuedNotice.versionId(database);
    }

    @Inject
    PeopleRegister register;

    @Inject
    Purposes purposes;

    @Inject
    AuditTrail audit;

    @Inject
    PersonalDataHolders holders;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RightsRequests requests;

    @Inject
    RequestActions actions;

    @Test
    void hrRecordsAConsentWithItsNoticeVersionWordingHowAndWhen_L2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate given = calendar.today().minusDays(3);

        ConsentView recorded = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued, given)));

        assertEquals(ConsentLedger.MARKETING, recorded.purposeId());
        assertEquals("Marketing", recorded.purposeName());
        assertEquals(issued, recorded.noticeVersionId());
        assertEquals(WORDING, recorded.wording());
        assertEquals(ConsentMethod.IN_PERSON, recorded.method());
        assertEquals(given, recorded.givenOn());
        assertEquals("Signed the events sign-up sheet.", recorded.evidenceNote());
        assertTrue(recorded.inForce());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> consents.record(form(person.id(), true, issued, given))));
    }

    @Test
    void aPreTickedOrUnansweredConsentAndOneWithoutANoticeVersionAreRefused_L2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();

        for (Boolean notAnswered : new Boolean[] {null, false}) {
            RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                    () -> consents.record(form(person.id(), notAnswered, issued, today))));
            assertTrue(refused.getMessage().startsWith("Consent counts only when the person said yes themselves"),
                    refused.getMessage());
        }
        RequestRefused noVersion = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> consents.record(form(person.id(), true, null, today))));
        assertTrue(noVersion.getMessage().startsWith("Choose the version of the privacy notice"),
                noVersion.getMessage());
        long draft = issued + 1;
        Sql.execute(database, "insert into prot_notice_version (id, version, notice_id, version_number, state,"
                + " created_at, created_by, updated_at, updated_by) select ?, 0, 6, 9002, 'DRAFT', ?, 'test', ?,"
                + " 'test' where not exists (select 1 from prot_notice_version where id = ?)", draft,
                LocalDateTime.now(), LocalDateTime.now(), draft);
        RequestRefused neverIssued = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.record(form(person.id(), true, draft, today))));
        assertTrue(neverIssued.getMessage().startsWith("Choose a version of a privacy notice that was issued"),
                neverIssued.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.record(form(person.id(), true, issued, today.plusDays(1)))));
        Exception noWording = assertThrows(Exception.class, () -> Callers.as(Role.HR, () -> consents.record(
                new ConsentForm(person.id(), ConsentLedger.MARKETING, issued, " ", ConsentMethod.FORM, today, null,
                        null, true))));
        assertTrue(causedBy(noWording, ConstraintViolationException.class), noWording.toString());
        assertEquals(List.of(), Callers.as(Role.HR, () -> consents.history(person.id())));
    }

    @Test
    void withdrawalIsOneActionThatStopsThePurposeFromItsDayWithoutUndoingTheConsent_L2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        ConsentView given = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued,
                today.minusDays(20))));

        RequestRefused beforeGiven = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.withdraw(given.id(), given.version(),
                        new WithdrawalForm(ConsentMethod.EMAIL, today.minusDays(21)))));
        assertTrue(beforeGiven.getMessage().startsWith("A consent cannot be withdrawn before it was given"));
        ConsentView withdrawn = Callers.as(Role.DPM, () -> consents.withdraw(given.id(), given.version(),
                new WithdrawalForm(ConsentMethod.EMAIL, today.minusDays(2))));

        assertFalse(withdrawn.inForce());
        assertEquals(ConsentMethod.EMAIL, withdrawn.withdrawalMethod());
        assertEquals(today.minusDays(2), withdrawn.withdrawnOn());
        assertEquals(today.minusDays(20), withdrawn.givenOn(), "what was agreed stays on record");
        List<PurposeStopView> stops = Callers.as(Role.HR, () -> purposes.stoppedFor(person.id()));
        assertEquals(1, stops.size());
        assertEquals("Marketing", stops.get(0).purposeName());
        assertEquals("Consent withdrawn", stops.get(0).reason());
        assertEquals(today.minusDays(2), stops.get(0).since());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> consents.withdraw(given.id(),
                given.version(), new WithdrawalForm(ConsentMethod.EMAIL, today))));
        RequestRefused twice = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.withdraw(withdrawn.id(), withdrawn.version(),
                        new WithdrawalForm(ConsentMethod.PHONE, today))));
        assertTrue(twice.getMessage().startsWith("This consent was withdrawn already"), twice.getMessage());
    }

    @Test
    void thePersonsHistoryListsTheirConsentsNewestFirstAndTheirCopyOfTheDataHasThem_L2_D3() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        ConsentView older = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued,
                today.minusDays(30))));
        Callers.as(Role.HR, () -> consents.withdraw(older.id(), older.version(),
                new WithdrawalForm(ConsentMethod.PHONE, today.minusDays(10))));
        ConsentView newer = Callers.as(Role.HR, () -> consents.record(new ConsentForm(person.id(),
                ConsentLedger.TALENT_POOL, issued, "Keep my application for future vacancies.", ConsentMethod.FORM,
                today, null, null, true)));

        List<ConsentView> history = Callers.as(Role.DPM, () -> consents.history(person.id()));

        assertEquals(List.of(newer.id(), older.id()), history.stream().map(ConsentView::id).toList());
        assertEquals("Talent pool", history.get(0).purposeName());
        assertEquals(today.minusDays(10), history.get(1).withdrawnOn());
        List<SubjectDataSection.DataItem> exported = Callers.as(Role.DPM, () -> holders.export(person.id())).stream()
                .flatMap(section -> section.items().stream()).filter(item -> item.recordType().equals("Consent"))
                .toList();
        assertEquals(2, exported.size());
        Map<String, String> withdrawnItem = exported.stream().filter(item -> item.recordId().equals(
                Long.toString(older.id()))).findFirst().orElseThrow().fields().stream()
                .collect(Collectors.toMap(SubjectDataSection.Field::label, SubjectDataSection.Field::value));
        assertEquals(WORDING, withdrawnItem.get("What you agreed to"));
        assertEquals(org.custos.domain.shared.OrganisationTime.DAY.format(today.minusDays(10)),
                withdrawnItem.get("Withdrawn on"), "dates in words");
        assertEquals("Phone", withdrawnItem.get("How you withdrew it"));
        assertEquals("Your consents", withdrawnItem.get(SubjectDataSection.ABOUT));
    }

    @Test
    void everyRecordingWithdrawalAndReadingOfConsentIsAudited_X2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        ConsentView given = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued, today)));
        Callers.as(Role.HR, () -> consents.withdraw(given.id(), given.version(),
                new WithdrawalForm(ConsentMethod.EMAIL, today)));
        Callers.as(Role.HR, () -> consents.history(person.id()));

        List<AuditEntryView> entries = Callers.as(Role.DPM, () -> audit.historyOf(person.id())).stream()
                .filter(entry -> "Consent".equals(entry.recordType())).toList();
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ),
                entries.stream().map(AuditEntryView::action).toList());
        assertTrue(entries.stream().allMatch(entry -> entry.outcome() == AuditOutcome.SUCCESS));
        assertEquals(Long.toString(given.id()), entries.get(0).recordId());
        assertEquals(Long.toString(given.id()), entries.get(1).recordId());
    }

    @Test
    void theEvidenceDocumentIsToldByItsContentKeptAndDownloadedAsAnAuditedExport_L2() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        byte[] signed = Documents.pdf("I agree to receive news by email.");
        ConsentView recorded = Callers.as(Role.HR, () -> consents.record(withEvidence(person.id(),
                new DocumentUpload("signed sheet.pdf", signed), today)));

        assertEquals("signed sheet.pdf", Callers.as(Role.HR, () -> consents.history(person.id())).get(0)
                .evidenceDocument());
        DocumentDownload download = Callers.as(Role.DPM, () -> consents.evidence(recorded.id()));
        assertEquals("signed sheet.pdf", download.fileName());
        assertEquals("application/pdf", download.mediaType());
        assertArrayEquals(signed, download.content());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> consents.evidence(recorded.id())));
        AuditEntryView exported = Callers.as(Role.DPM, () -> audit.historyOf(person.id())).stream()
                .filter(entry -> entry.action() == AuditAction.EXPORT && "Consent".equals(entry.recordType()))
                .findFirst().orElseThrow();
        assertEquals(Long.toString(recorded.id()), exported.recordId());

        RequestRefused notADocument = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.record(withEvidence(person.id(), new DocumentUpload("sheet.pdf",
                        "just text, named as a PDF".getBytes(StandardCharsets.UTF_8)), today))));
        assertTrue(notADocument.getMessage().startsWith("sheet.pdf is not a document Custos"),
                notADocument.getMessage());
        ConsentView without = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued, today)));
        RequestRefused none = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> consents.evidence(without.id())));
        assertEquals("This consent has no evidence document.", none.getMessage());
        assertEquals(2, Callers.as(Role.HR, () -> consents.history(person.id())).size(), "nothing kept when refused");
    }

    @Test
    void aRightsRequestsWithdrawalMarksTheConsentsInForceWithdrawnOnItsDayAndStopsThePurposeOnce_L2_D7()
            throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        LocalDate received = today.minusDays(4);
        ConsentView earlier = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued,
                today.minusDays(60))));
        ConsentView withdrawnBefore = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued,
                today.minusDays(50))));
        Callers.as(Role.HR, () -> consents.withdraw(withdrawnBefore.id(), withdrawnBefore.version(),
                new WithdrawalForm(ConsentMethod.PHONE, today.minusDays(40))));
        ConsentView later = Callers.as(Role.HR, () -> consents.record(form(person.id(), true, issued,
                today.minusDays(30))));
        ConsentView otherPurpose = Callers.as(Role.HR, () -> consents.record(new ConsentForm(person.id(),
                ConsentLedger.TALENT_POOL, issued, "Keep my application.", ConsentMethod.FORM, today.minusDays(30),
                null, null, true)));
        RequestView logged = Callers.as(Role.HR, () -> requests.log(new RequestForm(ChosenPerson.known(person.id()),
                RequestType.CONSENT_WITHDRAWAL, RequestChannel.LETTER, null, "Please stop sending me news.",
                received)));
        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(logged.id(), logged.version(),
                IdentityCheck.VERIFIED, received));

        Callers.as(Role.DPM, () -> actions.consentWithdrawn(verified.id(), verified.version(),
                ConsentLedger.MARKETING));

        Map<Long, ConsentView> history = Callers.as(Role.HR, () -> consents.history(person.id())).stream()
                .collect(Collectors.toMap(ConsentView::id, consent -> consent));
        for (ConsentView consent : List.of(history.get(earlier.id()), history.get(later.id()))) {
            assertFalse(consent.inForce());
            assertEquals(received, consent.withdrawnOn(), "withdrawn the day the request was received");
            assertEquals(ConsentMethod.LETTER, consent.withdrawalMethod(), "a letter is a withdrawal by letter");
            assertEquals(verified.id(), consent.withdrawalRequestId(), "the request is named");
        }
        assertEquals(today.minusDays(40), history.get(withdrawnBefore.id()).withdrawnOn(), "left as it was");
        assertNull(history.get(withdrawnBefore.id()).withdrawalRequestId());
        assertTrue(history.get(otherPurpose.id()).inForce(), "another purpose's consent stays");
        List<PurposeStopView> stops = Callers.as(Role.HR, () -> purposes.stoppedFor(person.id()));
        assertEquals(List.of("Marketing", "Marketing"), stops.stream().map(PurposeStopView::purposeName).toList(),
                "one stop for the earlier withdrawal on the ledger, one for the request");
        assertEquals(received, stops.get(1).since());
        assertEquals(List.of(Long.toString(verified.id())), Sql.column(database, "select request_id from"
                + " prot_purpose_stop where subject_id = ? and since = ?", person.id(), received),
                "the request's stop is recorded once, naming it");
    }

    @Test
    void aRightsRequestsWithdrawalStopsThePurposeEvenWithNoConsentOnTheLedger_L2_D7() throws Exception {
        SubjectDetails person = People.aPerson().registeredIn(register);
        LocalDate today = calendar.today();
        RequestView logged = Callers.as(Role.HR, () -> requests.log(new RequestForm(ChosenPerson.known(person.id()),
                RequestType.CONSENT_WITHDRAWAL, RequestChannel.PHONE, null, "Stop the newsletter.", today)));
        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(logged.id(), logged.version(),
                IdentityCheck.VERIFIED, today));

        Callers.as(Role.DPM, () -> actions.consentWithdrawn(verified.id(), verified.version(),
                ConsentLedger.MARKETING));

        assertEquals(List.of(), Callers.as(Role.HR, () -> consents.history(person.id())));
        List<PurposeStopView> stops = Callers.as(Role.HR, () -> purposes.stoppedFor(person.id()));
        assertEquals(1, stops.size());
        assertEquals("Consent withdrawn", stops.get(0).reason());
        assertEquals(today, stops.get(0).since());
    }

    private ConsentForm withEvidence(long subjectId, DocumentUpload document, LocalDate givenOn) {
        return new ConsentForm(subjectId, ConsentLedger.MARKETING, issued, WORDING, ConsentMethod.FORM, givenOn,
                null, document, true);
    }

    private static ConsentForm form(long subjectId, Boolean agreed, Long noticeVersion, LocalDate givenOn) {
        return new ConsentForm(subjectId, ConsentLedger.MARKETING, noticeVersion, WORDING, ConsentMethod.IN_PERSON,
                givenOn, "Signed the events sign-up sheet.", null, agreed);
    }
}
