package org.custos.protection.rights.internal;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.custos.protection.testsupport.SeededPurposes.EMPLOYMENT_ADMINISTRATION;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.PossibleDuplicates;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.protection.rights.api.CompileProgress;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SqlStatements;
import org.custos.security.api.Approvals;
import org.custos.security.api.InvalidArguments;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.testsupport.Callers;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rights requests on Payara Micro with PostgreSQL, from receipt to answer (D1-D4): the clock with its stops and
 * the refused late extension, nothing compiled or packed before the identity is confirmed, compiling a response from
 * every holder deployed, the review and the pack, and a refusal with its letter. What a request does to the data is
 * {@link RequestActionsIT}.
 */
@ExtendWith(ArquillianExtension.class)
class RightsRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory persistence;

    @Inject
    RightsRequests requests;

    @Inject
    ResponseCompilation compilation;

    @Inject
    PeopleRegister register;

    @Inject
    PersonalDataHolders holders;

    @Inject
    Purposes purposes;

    @Inject
    Approvals approvals;

    @Inject
    Disclosures disclosures;

    @Inject
    SensitiveData sensitive;

    @Inject
    ComplianceCalendar calendar;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void theDueDateIsOneCalendarMonthAndMovesWhileTheClockIsStopped_D1_D2() throws Exception {
        LocalDate received = LocalDate.now().minusDays(10);
        SubjectDetails person = aPerson().named("Ada", unique("Clock")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).receivedOn(received).loggedIn(requests);
        LocalDate due = request.clock().due();
        assertEquals(request.clock().originalDue(), due);

        RequestView waiting = Callers.as(Role.DPM, () -> requests.identity(request.id(), request.version(),
                IdentityCheck.MORE_INFORMATION_REQUESTED, received.plusDays(1)));
        assertTrue(waiting.clock().stopped());
        assertNull(waiting.clock().due());
        assertEquals(ClockStop.IDENTITY, waiting.clock().stoppedFor());

        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(waiting.id(), waiting.version(),
                IdentityCheck.VERIFIED, received.plusDays(6)));
        assertFalse(verified.clock().stopped());
        assertTrue(verified.clock().due().isAfter(due), "the month restarts from the day the identity was verified");
        assertEquals(due, verified.clock().originalDue(), "the date at receipt is kept");
        assertEquals(received.plusDays(6), verified.identityVerifiedOn());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> requests.identity(verified.id(),
                verified.version(), IdentityCheck.VERIFIED, LocalDate.now())));
    }

    @Test
    void aRequestFromSomeoneNewRegistersThemWithTheRequestOrNotAtAll_S1_D1() throws Exception {
        String familyName = unique("Newcomer");
        SubjectForm newcomer = aPerson().named("Ada", familyName).withAnEmail().form();
        InvalidArguments future = assertThrows(InvalidArguments.class, () -> Callers.as(Role.HR,
                () -> requests.log(fromSomeoneNew(newcomer, false, LocalDate.now().plusDays(2)))));
        assertEquals("The request cannot be received in the future.",
                future.getConstraintViolations().iterator().next().getMessage());
        assertEquals(List.of(), registered(familyName), "the refused request took its new requester with it");

        RequestView logged = Callers.as(Role.HR, () -> requests.log(fromSomeoneNew(newcomer, false,
                LocalDate.now())));
        assertEquals(List.of(Long.toString(logged.subjectId())), registered(familyName));

        PossibleDuplicates sameAgain = assertThrows(PossibleDuplicates.class, () -> Callers.as(Role.HR,
                () -> requests.log(fromSomeoneNew(newcomer, false, LocalDate.now()))));
        assertEquals(List.of(logged.subjectId()), sameAgain.people().stream().map(SubjectSummary::id).toList());
        assertEquals(1, Callers.as(Role.HR, () -> requests.about(logged.subjectId())).size(),
                "nothing is saved while the new requester may be someone registered");
        RequestView someoneElse = Callers.as(Role.HR, () -> requests.log(fromSomeoneNew(newcomer, true,
                LocalDate.now())));
        assertEquals(List.of(Long.toString(logged.subjectId()), Long.toString(someoneElse.subjectId())),
                registered(familyName), "confirmed as someone else, the namesake is registered with their request");
    }

    private static RequestForm fromSomeoneNew(SubjectForm person, boolean someoneElse, LocalDate receivedOn) {
        return new RequestForm(ChosenPerson.someoneNew(person, someoneElse), RequestType.ACCESS, RequestChannel.EMAIL,
                null, "Everything you hold about me", receivedOn);
    }

    private List<String> registered(String familyName) throws Exception {
        return Sql.column(database, "select id from core_data_subject where family_name = ? order by id",
                familyName);
    }

    @Test
    void identityRestartsTheMonthKeepingTheReceiptAndClarificationPausesItKeepingTheDaysPassed_D2() throws Exception {
        LocalDate received = LocalDate.now().minusDays(40);
        SubjectDetails person = aPerson().named("Ada", unique("Restart")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).receivedOn(received).loggedIn(requests);
        RequestView waiting = Callers.as(Role.DPM, () -> requests.identity(request.id(), request.version(),
                IdentityCheck.MORE_INFORMATION_REQUESTED, received.plusDays(1)));
        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(waiting.id(), waiting.version(),
                IdentityCheck.VERIFIED, received.plusDays(20)));
        assertEquals(received, verified.receivedOn());
        assertEquals(received.plusDays(20), verified.clock().restartedOn());
        assertEquals(received.plusDays(20), verified.clock().countsFrom());
        assertEquals(calendar.requestDueDate(received), verified.clock().originalDue());
        assertEquals(calendar.requestDueDate(received.plusDays(20)), verified.clock().due());

        RequestView paused = Callers.as(Role.DPM, () -> requests.stopClock(verified.id(), verified.version(),
                ClockStop.CLARIFICATION, received.plusDays(22)));
        assertEquals(ClockStop.CLARIFICATION, paused.clock().stoppedFor());
        assertNull(paused.clock().due());
        Callers.as(Role.DPM, () -> requests.restartClock(paused.id(), paused.version(), received.plusDays(25)));

        RequestView kept = Callers.as(Role.DPM, () -> requests.request(request.id()));
        assertEquals(received, kept.receivedOn());
        assertEquals(received.plusDays(20), kept.clock().restartedOn());
        assertEquals(3, kept.clock().pausedDays());
        assertEquals(calendar.requestDueDate(received.plusDays(23)), kept.clock().due(),
                "the three days paused move the month on");
        assertEquals(List.of(new RequestView.StopView(ClockStop.IDENTITY, received.plusDays(1), received.plusDays(20),
                0), new RequestView.StopView(ClockStop.CLARIFICATION, received.plusDays(22), received.plusDays(25), 3)),
                kept.stops());
        RequestRefused noRepresentative = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> requests.stopClock(kept.id(), kept.version(), ClockStop.AUTHORITY, LocalDate.now())));
        assertTrue(noRepresentative.getMessage().startsWith("The person made this request themselves"),
                noRepresentative.getMessage());
    }

    @Test
    void aLateExtensionIsRefusedAndATimelyOneNeedsItsNoticeInTheFirstMonth_D2() throws Exception {
        SubjectDetails latePerson = aPerson().named("Ada", unique("Late")).withAnEmail().registeredIn(register);
        RequestView late = anAccessRequestFrom(latePerson.id()).receivedOn(LocalDate.now().minusMonths(2))
                .loggedIn(requests);
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> requests.extend(late.id(), late.version(), "Complex")));
        assertTrue(refused.getMessage().startsWith("Too late to extend"), refused.getMessage());
        RequestView overdue = Callers.as(Role.DPM, () -> requests.request(late.id()));
        assertTrue(overdue.clock().overdue());
        RequestView refusedLate = Callers.as(Role.DPM, () -> requests.refuse(overdue.id(), overdue.version(),
                RefusalGround.EXCESSIVE, "The fourth request for the same records this year."));
        assertTrue(refusedLate.closedLate(), "a refusal after the month is kept as late (D4)");

        SubjectDetails timelyPerson = aPerson().named("Ada", unique("Timely")).withAnEmail().registeredIn(register);
        RequestView timely = anAccessRequestFrom(timelyPerson.id()).loggedIn(requests);
        RequestView extended = Callers.as(Role.DPM, () -> requests.extend(timely.id(), timely.version(),
                "One of several requests from the person"));
        assertTrue(extended.clock().extensionNoticeDue());
        assertTrue(Callers.as(Role.DPM, requests::open).stream().anyMatch(r -> r.id() == timely.id()
                && r.extensionNoticeDue()), "the list shows the notice still due");
        RequestView noticed = Callers.as(Role.DPM, () -> requests.extensionNoticeSent(extended.id(),
                extended.version(), LocalDate.now()));
        assertFalse(noticed.clock().extensionNoticeDue());
        assertTrue(noticed.clock().due().isAfter(timely.clock().due().plusMonths(1)));
    }

    @Test
    void compilingAndProducingThePackAreRefusedUntilTheIdentityIsVerified_D1() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Unverified")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).loggedIn(requests);
        RequestRefused unchecked = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> compilation.compile(request.id(), request.version())));
        assertEquals("Verify the requester's identity before compiling the response, or record why no check is "
                + "needed.", unchecked.getMessage());
        RequestView waiting = Callers.as(Role.DPM, () -> requests.identity(request.id(), request.version(),
                IdentityCheck.MORE_INFORMATION_REQUESTED, LocalDate.now()));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> compilation.compile(waiting.id(),
                waiting.version())), "not while more information is awaited");
        assertEquals(CompileState.NOT_STARTED, Callers.as(Role.DPM, () -> requests.request(request.id()))
                .compileState(), "nothing was compiled");

        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(waiting.id(), waiting.version(),
                IdentityCheck.VERIFIED, LocalDate.now()));
        Callers.as(Role.DPM, () -> compilation.compile(verified.id(), verified.version()));
        RequestView compiled = onceCompiled(request.id(), requests);
        for (ReviewItemView item : Callers.as(Role.DPM, () -> compilation.items(request.id()))) {
            Callers.as(Role.DPM, () -> compilation.decide(request.id(), item.id(), item.version(),
                    new ReviewForm(ReviewDecision.DISCLOSE, null, null)));
        }
        RequestView doubted = Callers.as(Role.DPM, () -> requests.identity(compiled.id(), compiled.version(),
                IdentityCheck.MORE_INFORMATION_REQUESTED, LocalDate.now()));
        RequestRefused inDoubt = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> compilation.producePack(doubted.id(), doubted.version())));
        assertEquals("Verify the requester's identity before producing the response pack, or record why no check is "
                + "needed.", inDoubt.getMessage());
        assertFalse(Callers.as(Role.DPM, () -> requests.request(request.id())).packKept());

        RequestView confirmed = Callers.as(Role.DPM, () -> requests.identity(doubted.id(), doubted.version(),
                IdentityCheck.VERIFIED, LocalDate.now()));
        assertTrue(Callers.as(Role.DPM, () -> compilation.producePack(confirmed.id(), confirmed.version()))
                .packKept(), "once verified, the pack is produced");
    }

    @Test
    void aReasonWhyNoCheckIsNeededIsKeptWithWhoRecordedItAndLetsTheResponseBeCompiled_D1() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("InPerson")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).loggedIn(requests);
        String reason = "Asked in person at reception; she works in payroll and the DPM knows her";
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> requests.identityCheckNotNeeded(
                request.id(), request.version(), reason)));
        InvalidArguments noReason = assertThrows(InvalidArguments.class, () -> Callers.as(Role.DPM,
                () -> requests.identityCheckNotNeeded(request.id(), request.version(), " ")));
        assertEquals("Say why no check of the requester's identity is needed.",
                noReason.getConstraintViolations().iterator().next().getMessage());

        RequestView exempt = Callers.as(Role.DPM, () -> requests.identityCheckNotNeeded(request.id(),
                request.version(), "  " + reason + " "));
        RequestView shown = Callers.as(Role.HR, () -> requests.request(request.id()));
        assertEquals(IdentityCheck.NOT_NEEDED, shown.identity());
        assertEquals(reason, shown.noCheckReason());
        assertEquals(Callers.principal(Role.DPM), shown.noCheckRecordedBy());
        assertEquals(LocalDate.now(), shown.identityVerifiedOn());
        assertEquals(List.of(Callers.principal(Role.DPM)), Sql.column(database, "select actor from sec_audit_entry"
                + " where action = 'UPDATE' and outcome = 'SUCCESS' and record_type = 'RightsRequest'"
                + " and record_id = ?", Long.toString(request.id())), "the reason was recorded in the audit trail");

        Callers.as(Role.DPM, () -> compilation.compile(exempt.id(), exempt.version()));
        assertEquals(CompileState.DONE, onceCompiled(request.id(), requests).compileState());
    }

    @Test
    void theProgressOfCompilingIsReadInOneAuditedStatement_D3_X2() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Polled")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).verifiedIn(requests);
        assertEquals(CompileState.NOT_STARTED, Callers.as(Role.DPM, () -> compilation.progress(request.id())).state());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> compilation.progress(request.id())));
        Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        RequestView compiled = onceCompiled(request.id(), requests);

        String audited = "select count(*) from sec_audit_entry where action = 'READ' and outcome = 'SUCCESS'"
                + " and record_type = 'RightsRequest' and record_id = ? and subject_id = ?";
        String before = Sql.column(database, audited, Long.toString(request.id()), person.id()).get(0);
        List<String> statements = SqlStatements.issuedBy(persistence, () -> Callers.as(Role.DPM,
                () -> compilation.progress(request.id())));
        CompileProgress polled = Callers.as(Role.DPM, () -> compilation.progress(request.id()));
        assertEquals(new CompileProgress(request.id(), person.id(), CompileState.DONE, compiled.compiledContexts(),
                compiled.totalContexts()), polled);
        List<String> reads = statements.stream().filter(sql -> !sql.contains(" sec_")).toList();
        assertEquals(1, reads.size(), () -> "The poll read " + reads);
        assertEquals(Long.parseLong(before) + 2, Long.parseLong(Sql.column(database, audited,
                Long.toString(request.id()), person.id()).get(0)), "each poll is audited as a read of the request");
    }

    @Test
    void compilingCollectsFromEveryHolderAndThePackKeepsTheDecisionsInWords_D3_D5() throws Exception {
        SubjectDetails grace = aPerson().named("Grace", unique("Subject")).withAnEmail().registeredIn(register);
        LocalDate sharedOn = LocalDate.of(2026, 3, 1);
        Callers.as(Role.HR, () -> disclosures.record(grace.id(), new DisclosureForm("HM Revenue & Customs",
                "Name and salary", Callers.as(Role.HR, purposes::purposes).get(0).id(), sharedOn, null)));
        SubjectDetails other = aPerson().named("Olive", unique("Colleague")).withAnEmail().registeredIn(register);
        String otherName = other.data().givenNames() + " " + other.data().familyName();
        anApprovedHealthRecordFor(grace.id()).saying("Back pain; desk assessed with " + otherName)
                .recordedThrough(approvals, sensitive);

        PurposeForm employment = Callers.as(Role.DPM, () -> purposes.purpose(EMPLOYMENT_ADMINISTRATION))
                .definition();
        Callers.as(Role.DPM, () -> purposes.save(new PurposeForm(employment.id(), employment.version(),
                employment.name(), employment.description(), employment.lawfulBasis(), employment.legitimateInterest(),
                employment.necessity(), employment.balance(), employment.specialCategoryCondition(),
                employment.reviewDate(), "Payslips are printed by a bureau in Canada (UK adequacy regulations)",
                null, employment.context())));

        RequestView request = anAccessRequestFrom(grace.id()).verifiedIn(requests);
        RequestView compiling = Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        RequestView compiled = onceCompiled(request.id(), requests);
        assertEquals(Callers.as(Role.DPM, holders::contexts).size(), compiled.totalContexts());
        assertEquals(compiled.totalContexts(), compiled.compiledContexts());
        assertTrue(compiling.compileState() != CompileState.NOT_STARTED);

        List<ReviewItemView> items = Callers.as(Role.DPM, () -> compilation.items(request.id()));
        assertEquals(Set.copyOf(Callers.as(Role.DPM, holders::contexts)),
                Set.copyOf(items.stream().map(ReviewItemView::context).toList()), "every holder answered");
        ReviewItemView health = items.stream().filter(item -> item.recordType().equals("SensitiveRecord"))
                .findFirst().orElseThrow();
        assertEquals(List.of(otherName), health.otherPeople(), "other people of the register are pointed out");
        assertTrue(health.suggestedRedaction().stream().anyMatch(f -> f.value().contains(OtherPeople.REMOVED)));

        RequestRefused undecided = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> compilation.producePack(request.id(), compiled.version())));
        assertTrue(undecided.getMessage().contains("wait for a decision"));
        for (ReviewItemView item : items) {
            ReviewForm form = item.id() == health.id()
                    ? new ReviewForm(ReviewDecision.REDACT, item.suggestedRedaction().stream().map(f -> f.value())
                            .toList(), null)
                    : item.recordType().equals("Approval")
                            ? new ReviewForm(ReviewDecision.WITHHOLD, null, "Management forecasting")
                            : new ReviewForm(ReviewDecision.DISCLOSE, null, null);
            Callers.as(Role.DPM, () -> compilation.decide(request.id(), item.id(), item.version(), form));
        }
        RequestView packed = Callers.as(Role.DPM, () -> compilation.producePack(request.id(),
                Callers.as(Role.DPM, () -> requests.request(request.id())).version()));
        assertTrue(packed.packKept());

        String json = new String(Callers.as(Role.DPM, () -> requests.packFile(request.id(), PackFile.Format.JSON))
                .content(), StandardCharsets.UTF_8);
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertEquals(2, parsed.getJsonArray("data").size());
        assertTrue(json.contains(grace.data().givenNames()));
        assertFalse(json.contains(otherName), "the redaction holds in the JSON");
        String letter = PdfText.of(Callers.as(Role.DPM, () -> requests.packFile(request.id(), PackFile.Format.PDF))
                .content());
        assertTrue(letter.contains("Employment administration"), "the purpose of the health record is listed");
        assertTrue(letter.contains("Employment administration: Payslips are printed by a bureau in Canada"),
                "the transfers come from the purposes");
        assertTrue(letter.contains("We make no decisions about you based solely on automated"), letter);
        assertFalse(letter.contains(otherName));
        assertTrue(letter.contains("ico.org.uk"));
        assertTrue(letter.contains("HM Revenue & Customs: Name and salary, shared on 1 March 2026"), letter);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\(R\\d\\)").matcher(letter).find(),
                "days in words, no rule ids: " + letter);
    }

    @Test
    void aRefusalKeepsItsLetterAndClosesTheRequest_D4() throws Exception {
        SubjectDetails person = aPerson().named("Ada", unique("Refused")).withAnEmail().registeredIn(register);
        RequestView request = anAccessRequestFrom(person.id()).loggedIn(requests);
        RequestView refused = Callers.as(Role.DPM, () -> requests.refuse(request.id(), request.version(),
                RefusalGround.MANIFESTLY_UNFOUNDED, "The request asks for data to harass a member of staff."));
        assertFalse(refused.open());
        assertFalse(refused.closedLate());
        String letter = PdfText.of(Callers.as(Role.DPM, () -> requests.packFile(request.id(), PackFile.Format.PDF))
                .content());
        assertTrue(letter.contains("harass a member of staff"));
        assertTrue(letter.contains("Information Commissioner"));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> requests.extend(refused.id(),
                refused.version(), "Too late anyway")));
    }
}
