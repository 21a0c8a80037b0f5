package org.custos.protection.consent.internal;

import static org.custos.testsupport.Failures.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.People;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
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

    private static ConsentForm form(long subjectId, Boolean agreed, Long noticeVersion, LocalDate givenOn) {
        return new ConsentForm(subjectId, ConsentLedger.MARKETING, noticeVersion, WORDING, ConsentMethod.IN_PERSON,
                givenOn, "Signed the events sign-up sheet.", null, agreed);
    }
}
