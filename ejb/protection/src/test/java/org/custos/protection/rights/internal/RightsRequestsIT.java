package org.custos.protection.rights.internal;

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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.CorrectionState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHoldView;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.rights.api.CorrectionForm;
import org.custos.protection.rights.api.CorrectionView;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.Rectifications;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rights requests on Payara Micro with PostgreSQL (D1-D5): the clock with its stops and the refused late
 * extension, compiling a response from every holder deployed, the review and the pack, a refusal with its letter,
 * an erasure that leaves nothing of the person in any holder's tables, rectification context by context, and
 * objections and withdrawn consent stopping every use that names the purpose.
 */
@ExtendWith(ArquillianExtension.class)
class RightsRequestsIT {

    /** The seeded purpose "Employment administration". */
    private static final long EMPLOYMENT = 2;

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("protection", RightsRequestsIT.class, PdfText.class);
    }

    @Inject
    RightsRequests requests;

    @Inject
    ResponseCompilation compilation;

    @Inject
    RequestActions actions;

    @Inject
    Rectifications rectifications;

    @Inject
    LegalHolds holds;

    @Inject
    PeopleRegister register;

    @Inject
    PersonalDataHolders holders;

    @Inject
    Approvals approvals;

    @Inject
    Disclosures disclosures;

    @Inject
    Purposes purposes;

    @Inject
    SensitiveData sensitive;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private SubjectDetails person(String given, String family) throws Exception {
        return Callers.as(Role.HR, () -> register.registerConfirmed(new SubjectForm(given, family + System.nanoTime(), null,
                List.of(family.toLowerCase() + System.nanoTime() + "@example.org"), null, "1 High St", null, "Leeds",
                "LS1 1AA", null, Set.of(SubjectCategory.STAFF), false, null)));
    }

    /** A health record about the person, entered under the approval the DPM gave for it (L4). */
    private void healthRecord(long subjectId, String content) throws Exception {
        ApprovalView approval = Callers.as(Role.HR, () -> approvals.request(ApprovalRequestForm.forPerson(subjectId,
                SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null, EMPLOYMENT, "Adjustments",
                LocalDate.now().plusDays(7))));
        Callers.as(Role.DPM, () -> approvals.approve(approval.id(), approval.version(), LocalDate.now().plusDays(7),
                null));
        Callers.as(Role.HR, () -> sensitive.record(subjectId, new SensitiveRecordForm("register", Set.of(),
                SpecialCategory.HEALTH, EMPLOYMENT, content, null)));
    }

    private RequestView logged(long subjectId, RequestType type, LocalDate received) throws Exception {
        return Callers.as(Role.HR, () -> requests.log(new RequestForm(subjectId, type, RequestChannel.EMAIL, null,
                "Everything you hold about me", received)));
    }

    @Test
    void theDueDateIsOneCalendarMonthAndMovesWhileTheClockIsStopped_D1_D2() throws Exception {
        LocalDate received = LocalDate.now().minusDays(10);
        RequestView request = logged(person("Ada", "Clock").id(), RequestType.ACCESS, received);
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
        assertTrue(verified.clock().due().isAfter(due), "five days stopped move the due date on");
        assertEquals(due, verified.clock().originalDue(), "the date at receipt is kept");
        assertEquals(received.plusDays(6), verified.identityVerifiedOn());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> requests.identity(verified.id(),
                verified.version(), IdentityCheck.VERIFIED, LocalDate.now())));
    }

    @Test
    void aLateExtensionIsRefusedAndATimelyOneNeedsItsNoticeInTheFirstMonth_D2() throws Exception {
        RequestView late = logged(person("Ada", "Late").id(), RequestType.ACCESS, LocalDate.now().minusMonths(2));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> requests.extend(late.id(), late.version(), "Complex")));
        assertTrue(refused.getMessage().startsWith("Too late to extend"), refused.getMessage());
        RequestView overdue = Callers.as(Role.DPM, () -> requests.request(late.id()));
        assertTrue(overdue.clock().overdue());
        RequestView refusedLate = Callers.as(Role.DPM, () -> requests.refuse(overdue.id(), overdue.version(),
                RefusalGround.EXCESSIVE, "The fourth request for the same records this year."));
        assertTrue(refusedLate.closedLate(), "a refusal after the month is kept as late (D4)");

        RequestView timely = logged(person("Ada", "Timely").id(), RequestType.ACCESS, LocalDate.now());
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
    void compilingCollectsFromEveryHolderAndThePackKeepsTheDecisions_D3() throws Exception {
        SubjectDetails grace = person("Grace", "Subject");
        SubjectDetails other = person("Olive", "Colleague");
        String otherName = other.data().givenNames() + " " + other.data().familyName();
        healthRecord(grace.id(), "Back pain; desk assessed with " + otherName);

        PurposeForm employment = Callers.as(Role.DPM, () -> purposes.purpose(EMPLOYMENT)).definition();
        Callers.as(Role.DPM, () -> purposes.save(new PurposeForm(employment.id(), employment.version(),
                employment.name(), employment.description(), employment.lawfulBasis(), employment.legitimateInterest(),
                employment.necessity(), employment.balance(), employment.specialCategoryCondition(),
                employment.reviewDate(), "Payslips are printed by a bureau in Canada (UK adequacy regulations)",
                null, employment.context())));

        RequestView request = logged(grace.id(), RequestType.ACCESS, LocalDate.now());
        RequestView compiling = Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        RequestView compiled = until(request.id(), CompileState.DONE);
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
    }

    @Test
    void aRefusalKeepsItsLetterAndClosesTheRequest_D4() throws Exception {
        RequestView request = logged(person("Ada", "Refused").id(), RequestType.ACCESS, LocalDate.now());
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

    @Test
    void erasureLeavesNothingOfThePersonInAnyHoldersTables_D5() throws Exception {
        SubjectDetails person = person("Eve", "Erased");
        healthRecord(person.id(), "Migraine");
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("HMRC", "Pay and tax details",
                3L, LocalDate.now())));
        RequestView request = logged(person.id(), RequestType.ERASURE, LocalDate.now());

        List<OutcomeView> outcomes = Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));
        assertEquals(Callers.as(Role.DPM, holders::contexts).size(), outcomes.size());
        assertEquals("register", outcomes.get(outcomes.size() - 1).context(), "the register goes last");
        for (String table : List.of("core_data_subject where id", "core_subject_email where subject_id",
                "core_subject_category where subject_id", "sec_sensitive_record where subject_id",
                "sec_approval where subject_id", "prot_disclosure where subject_id")) {
            assertEquals(List.of("0"), Sql.column(database, "select count(*) from " + table + " = ?", person.id()),
                    table);
        }
        assertEquals("(erased)", Callers.as(Role.DPM, () -> requests.request(request.id())).subjectName(),
                "the request stays as evidence, without the person's data");
        List<RecipientView> recipients = Callers.as(Role.DPM, () -> actions.recipients(request.id()));
        assertEquals(List.of("HMRC"), recipients.stream().map(RecipientView::recipient).toList(),
                "the recipients to tell outlive the erased disclosure log (D5)");
        RecipientView told = Callers.as(Role.DPM, () -> actions.recipientTold(request.id(), recipients.get(0).id(),
                recipients.get(0).version(), LocalDate.now())).get(0);
        assertEquals(LocalDate.now(), told.toldOn());
    }

    @Test
    void aLegalHoldKeepsTheRecordsItCoversFromErasureAndTheOutcomeSaysWhy_D5_R6() throws Exception {
        SubjectDetails person = person("Hal", "Held");
        healthRecord(person.id(), "Back injury at work");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> holds.place(person.id(),
                new LegalHoldForm(null, "Claim"))));
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> holds.place(person.id(), new LegalHoldForm("payroll", "Claim"))));
        assertTrue(unknown.getMessage().startsWith("No context payroll holds personal data"), unknown.getMessage());
        LegalHoldView hold = Callers.as(Role.DPM, () -> holds.place(person.id(), new LegalHoldForm("security",
                "Personal injury claim, ref. PI-2026-17"))).get(0);
        assertTrue(Callers.as(Role.HR, () -> holds.of(person.id())).get(0).inForce(), "HR sees the hold");

        RequestView request = logged(person.id(), RequestType.ERASURE, LocalDate.now());
        List<OutcomeView> held = Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));
        assertEquals(List.of("security 0", "register 0"), held.stream().map(o -> o.context() + " " + o.done())
                .toList());
        assertTrue(held.get(0).kept().contains("Personal injury claim, ref. PI-2026-17"), held.get(0).kept());
        assertTrue(held.get(1).kept().contains("the person's record stays while records of security are held"),
                held.get(1).kept());
        assertEquals(List.of("1", "1"), Sql.column(database, "select count(*) from sec_sensitive_record where"
                + " subject_id = ? union all select count(*) from core_data_subject where id = ?", person.id(),
                person.id()), "nothing held was erased");

        Callers.as(Role.DPM, () -> holds.lift(person.id(), hold.id(), hold.version()));
        List<OutcomeView> erased = Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));
        assertEquals(List.of("security 1", "register 1"), erased.subList(2, 4).stream()
                .map(o -> o.context() + " " + o.done()).toList(), "once lifted, erasure goes ahead");
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_legal_hold where subject_id = ?",
                person.id()), "the lifted hold went with the person");
    }

    @Test
    void rectificationCorrectsEachContextEvenWhileRestrictedAndReportsWhatItCannot_D5_D6() throws Exception {
        SubjectDetails person = person("Rex", "Rectified");
        healthRecord(person.id(), "Asthma");
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("HMRC", "Pay and tax details",
                3L, LocalDate.now())));
        RequestView contested = logged(person.id(), RequestType.RESTRICTION, LocalDate.now());
        Callers.as(Role.DPM, () -> actions.restrict(contested.id(), contested.version()));

        RequestView request = logged(person.id(), RequestType.RECTIFICATION, LocalDate.now());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> rectifications.correctable(
                contested.id())), "only a rectification request corrects");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> rectifications.correctable(
                request.id())));
        List<CorrectableField> fields = Callers.as(Role.DPM, () -> rectifications.correctable(request.id()));
        CorrectableField family = named(fields, "register", "Family name");
        CorrectableField emails = named(fields, "register", "Email addresses");
        CorrectableField content = named(fields, "security", "Content");
        assertEquals("Asthma", content.value());
        RequestRefused unlisted = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> rectifications.add(request.id(), new CorrectionForm("register", family.recordType(),
                        family.recordId(), "Categories", "Staff"))));
        assertTrue(unlisted.getMessage().contains("cannot be corrected"), unlisted.getMessage());
        for (CorrectionForm form : List.of(correction(family, "Rectified-Smith"), correction(emails, "not-an-email"),
                correction(content, "Asthma, mild; no adjustments needed"))) {
            Callers.as(Role.DPM, () -> rectifications.add(request.id(), form));
        }
        CorrectionView mistaken = Callers.as(Role.DPM, () -> rectifications.add(request.id(),
                correction(named(fields, "register", "Phone"), "0113 496 0000"))).get(3);
        Callers.as(Role.DPM, () -> rectifications.remove(request.id(), mistaken.id(), mistaken.version()));

        List<OutcomeView> outcomes = Callers.as(Role.DPM, () -> rectifications.rectify(request.id(),
                request.version()));
        assertEquals(List.of("security Rectified 1", "register Rectified 1"), outcomes.stream()
                .map(o -> o.context() + " " + o.action() + " " + o.done()).toList(), "the register goes last");
        assertTrue(outcomes.get(1).kept().contains("Email addresses (The person's record in the register) not "
                + "corrected: Enter a valid email address"), outcomes.get(1).kept());
        assertEquals(List.of("Rectified-Smith", "1"), Sql.column(database, "select family_name from core_data_subject"
                + " where id = ? union all select cast(count(*) as varchar) from core_subject_email"
                + " where subject_id = ?", person.id(), person.id()), "the name is corrected although the data is restricted; the bad email changed nothing");
        assertNull(Callers.as(Role.HR, () -> register.details(person.id())).data().phone(), "the removed one");
        assertEquals("Asthma, mild; no adjustments needed", named(Callers.as(Role.DPM,
                () -> rectifications.correctable(request.id())), "security", "Content").value());
        assertEquals(List.of(CorrectionState.MADE, CorrectionState.REFUSED, CorrectionState.MADE),
                Callers.as(Role.DPM, () -> rectifications.corrections(request.id())).stream()
                        .map(CorrectionView::state).toList());
        assertEquals(List.of("HMRC"), Callers.as(Role.DPM, () -> actions.recipients(request.id())).stream()
                .map(RecipientView::recipient).toList(), "the recipients to tell about the correction");
        RequestRefused nothingLeft = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> rectifications.rectify(request.id(), request.version())));
        assertTrue(nothingLeft.getMessage().contains("no correction to make"), nothingLeft.getMessage());
    }

    private static CorrectableField named(List<CorrectableField> fields, String context, String field) {
        return fields.stream().filter(f -> f.context().equals(context) && f.field().equals(field)).findFirst()
                .orElseThrow();
    }

    private static CorrectionForm correction(CorrectableField field, String value) {
        return new CorrectionForm(field.context(), field.recordType(), field.recordId(), field.field(), value);
    }

    @Test
    void anObjectionStopsALegitimateInterestsPurposeUnlessCompellingGroundsAreKept_D7_L2() throws Exception {
        SubjectDetails person = person("Obi", "Objector");
        RequestView objection = logged(person.id(), RequestType.OBJECTION, LocalDate.now());
        long supplierManagement = 5;
        long complaintHandling = 6;
        long payroll = 3;
        long marketing = 7;
        Callers.as(Role.DPM, () -> actions.object(objection.id(), objection.version(), supplierManagement, null));
        Callers.as(Role.DPM, () -> actions.object(objection.id(), objection.version(), complaintHandling,
                "An open legal claim needs the complaint file"));
        RequestRefused notLegitimateInterests = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> actions.object(objection.id(), objection.version(), payroll, null)));
        assertTrue(notLegitimateInterests.getMessage().contains("does not rest on legitimate interests"));

        RequestRefused stopped = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> disclosures.record(person.id(), new DisclosureForm("A supplier", "Contact details",
                        supplierManagement, LocalDate.now()))));
        assertTrue(stopped.getMessage().contains("no longer used for Supplier management: they objected"),
                stopped.getMessage());
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("Our solicitors",
                "The complaint file", complaintHandling, LocalDate.now())));
        RequestRefused noApproval = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> approvals.request(ApprovalRequestForm.forPerson(person.id(), SpecialCategory.HEALTH,
                        SpecialCategoryCondition.EMPLOYMENT_LAW, null, supplierManagement, "Site access",
                        LocalDate.now().plusDays(7)))));
        assertEquals(stopped.getMessage(), noApproval.getMessage(), "the gate refuses a stopped purpose too");
        RequestRefused noRecord = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(person.id(), new SensitiveRecordForm("register", Set.of(),
                        SpecialCategory.HEALTH, supplierManagement, "Allergy", null))));
        assertEquals(stopped.getMessage(), noRecord.getMessage());

        RequestView withdrawal = logged(person.id(), RequestType.CONSENT_WITHDRAWAL, LocalDate.now());
        Callers.as(Role.DPM, () -> actions.consentWithdrawn(withdrawal.id(), withdrawal.version(), marketing));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> actions.consentWithdrawn(withdrawal.id(),
                withdrawal.version(), supplierManagement)));
        List<PurposeStopView> stops = Callers.as(Role.HR, () -> purposes.stoppedFor(person.id()));
        assertEquals(List.of("Supplier management true", "Complaint handling false", "Marketing true"),
                stops.stream().map(stop -> stop.purposeName() + " " + stop.stops()).toList());
    }

    private RequestView until(long requestId, CompileState state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RequestView view = Callers.as(Role.DPM, () -> requests.request(requestId));
        while (view.compileState() != state && System.nanoTime() < deadline) {
            Thread.sleep(200);
            view = Callers.as(Role.DPM, () -> requests.request(requestId));
        }
        assertEquals(state, view.compileState());
        return view;
    }
}
