package org.custos.protection.rights.internal;

import static org.custos.protection.testsupport.Gate.anApprovedHealthRecordFor;
import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.aRequestFrom;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.anErasureRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.custos.protection.testsupport.SeededPurposes.COMPLAINT_HANDLING;
import static org.custos.protection.testsupport.SeededPurposes.MARKETING;
import static org.custos.protection.testsupport.SeededPurposes.PAYROLL;
import static org.custos.protection.testsupport.SeededPurposes.SUPPLIER_MANAGEMENT;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.custos.domain.shared.CorrectionState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.ReviewDecision;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Sha256;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.holds.api.LegalHoldForm;
import org.custos.protection.holds.api.LegalHoldView;
import org.custos.protection.holds.api.LegalHolds;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.rights.api.CorrectableFieldView;
import org.custos.protection.rights.api.CorrectionForm;
import org.custos.protection.rights.api.CorrectionView;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.Rectifications;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessGrantForm;
import org.custos.security.api.AccessGrantView;
import org.custos.security.api.AccessGrants;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.Approvals;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.testsupport.Callers;
import org.custos.testsupport.PdfText;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a rights request does to a person's data, on Payara Micro with PostgreSQL (D1, D5-D7): nothing acted on
 * before the requester's identity is confirmed; an erasure that leaves nothing of the person in any holder's tables
 * unless a legal hold keeps it, nor in the copies their rights requests kept (only their hashes), nor stopped by an
 * access grant naming them; rectification context by context; objections and withdrawn consent stopping every use
 * that names the purpose.
 */
@ExtendWith(ArquillianExtension.class)
class RequestActionsIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    RightsRequests requests;

    @Inject
    RequestActions actions;

    @Inject
    Rectifications rectifications;

    @Inject
    ResponseCompilation compilation;

    @Inject
    AccessGrants grants;

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

    @Test
    void erasureLeavesNothingOfThePersonInAnyHoldersTables_D5() throws Exception {
        SubjectDetails person = aPerson().named("Eve", unique("Erased")).withAnEmail().registeredIn(register);
        anApprovedHealthRecordFor(person.id()).saying("Migraine").recordedThrough(approvals, sensitive);
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("HMRC", "Pay and tax details",
                PAYROLL, LocalDate.now(), null)));
        RequestView request = anErasureRequestFrom(person.id()).verifiedIn(requests);

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
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> actions.recipientTold(request.id(),
                recipients.get(0).id(), recipients.get(0).version(), LocalDate.now().minusDays(1))),
                "a second DPM's stale page does not replace the day told");
    }

    @Test
    void erasingAndRestrictingAreRefusedUntilTheIdentityIsVerifiedOrNoCheckIsNeeded_D1() throws Exception {
        SubjectDetails person = aPerson().named("Ida", unique("Unverified")).withAnEmail().registeredIn(register);
        RequestView erasure = anErasureRequestFrom(person.id()).loggedIn(requests);
        refusedUntilConfirmed("erasing the person's data", () -> actions.erase(erasure.id(), erasure.version()));
        RequestView restriction = aRequestFrom(person.id(), RequestType.RESTRICTION).loggedIn(requests);
        refusedUntilConfirmed("restricting the person's data", () -> actions.restrict(restriction.id(),
                restriction.version()));
        refusedUntilConfirmed("lifting the restriction", () -> actions.liftRestriction(restriction.id(),
                restriction.version(), LocalDate.now()));
        assertEquals(List.of(), Callers.as(Role.DPM, () -> actions.outcomes(erasure.id())), "nothing was erased");
        assertEquals(List.of(), Callers.as(Role.DPM, () -> actions.outcomes(restriction.id())));

        RequestView inPerson = Callers.as(Role.DPM, () -> requests.identityCheckNotNeeded(restriction.id(),
                restriction.version(), "Asked in person by a member of staff the DPM knows"));
        assertEquals(List.of("Restricted"), Callers.as(Role.DPM, () -> actions.restrict(inPerson.id(),
                inPerson.version())).stream().map(OutcomeView::action).distinct().toList());
        assertTrue(Callers.as(Role.DPM, () -> actions.liftRestriction(inPerson.id(), inPerson.version(),
                LocalDate.now())).stream().anyMatch(outcome -> outcome.action().equals("Restriction lifted")));

        RequestView verified = Callers.as(Role.DPM, () -> requests.identity(erasure.id(), erasure.version(),
                IdentityCheck.VERIFIED, LocalDate.now()));
        Callers.as(Role.DPM, () -> actions.erase(verified.id(), verified.version()));
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from core_data_subject where id = ?",
                person.id()), "once verified, the person is erased");
    }

    @Test
    void correctingObjectingAndEndingConsentAreRefusedUntilTheIdentityIsVerified_D1() throws Exception {
        SubjectDetails person = aPerson().named("Uma", unique("Unverified")).withAnEmail().registeredIn(register);
        RequestView rectification = aRequestFrom(person.id(), RequestType.RECTIFICATION).loggedIn(requests);
        CorrectableFieldView family = named(Callers.as(Role.DPM, () -> rectifications.correctable(
                rectification.id())), "register", "Family name");
        Callers.as(Role.DPM, () -> rectifications.add(rectification.id(), correction(family, "Unverified-Smith")));
        refusedUntilConfirmed("correcting the person's data", () -> rectifications.rectify(rectification.id(),
                rectification.version()));
        RequestView objection = aRequestFrom(person.id(), RequestType.OBJECTION).loggedIn(requests);
        refusedUntilConfirmed("acting on the objection", () -> actions.object(objection.id(), objection.version(),
                SUPPLIER_MANAGEMENT, null));
        refusedUntilConfirmed("stopping direct marketing", () -> actions.stopDirectMarketing(objection.id(),
                objection.version()));
        RequestView withdrawal = aRequestFrom(person.id(), RequestType.CONSENT_WITHDRAWAL).loggedIn(requests);
        refusedUntilConfirmed("ending the consented purpose", () -> actions.consentWithdrawn(withdrawal.id(),
                withdrawal.version(), MARKETING));
        assertEquals(List.of(CorrectionState.PENDING), Callers.as(Role.DPM, () -> rectifications.corrections(
                rectification.id())).stream().map(CorrectionView::state).toList(), "nothing was corrected");
        assertEquals(List.of(), Callers.as(Role.HR, () -> purposes.stoppedFor(person.id())), "nothing was stopped");
        assertFalse(Callers.as(Role.HR, () -> register.details(person.id())).data().doNotContact());

        RequestView rectifying = Callers.as(Role.DPM, () -> requests.identity(rectification.id(),
                rectification.version(), IdentityCheck.VERIFIED, LocalDate.now()));
        Callers.as(Role.DPM, () -> rectifications.rectify(rectifying.id(), rectifying.version()));
        assertEquals(List.of(CorrectionState.MADE), Callers.as(Role.DPM, () -> rectifications.corrections(
                rectification.id())).stream().map(CorrectionView::state).toList());
        RequestView objecting = Callers.as(Role.DPM, () -> requests.identity(objection.id(), objection.version(),
                IdentityCheck.VERIFIED, LocalDate.now()));
        Callers.as(Role.DPM, () -> actions.object(objecting.id(), objecting.version(), SUPPLIER_MANAGEMENT, null));
        Callers.as(Role.DPM, () -> actions.stopDirectMarketing(objecting.id(), objecting.version()));
        RequestView withdrawing = Callers.as(Role.DPM, () -> requests.identityCheckNotNeeded(withdrawal.id(),
                withdrawal.version(), "Withdrawn in person at the office by a member of staff"));
        Callers.as(Role.DPM, () -> actions.consentWithdrawn(withdrawing.id(), withdrawing.version(), MARKETING));
        assertEquals(List.of("Supplier management", "Marketing"), Callers.as(Role.HR,
                () -> purposes.stoppedFor(person.id())).stream().map(PurposeStopView::purposeName).toList());
        assertTrue(Callers.as(Role.HR, () -> register.details(person.id())).data().doNotContact());
    }

    @Test
    void erasureLeavesNoCopyOfThePersonInTheirRequestsPacksReviewItemsOrCorrectionsOnlyHashes_D5_R6()
            throws Exception {
        SubjectDetails person = aPerson().named("Pia", unique("Copied")).withAnEmail().registeredIn(register);
        String family = person.data().familyName();
        String name = "Pia " + family;
        anApprovedHealthRecordFor(person.id()).saying("Migraine since 2019").recordedThrough(approvals, sensitive);

        RequestView access = anAccessRequestFrom(person.id()).asking("A copy of everything about " + name)
                .verifiedIn(requests);
        Callers.as(Role.DPM, () -> compilation.compile(access.id(), access.version()));
        onceCompiled(access.id(), requests);
        List<ReviewItemView> compiled = Callers.as(Role.DPM, () -> compilation.items(access.id()));
        for (ReviewItemView item : compiled) {
            ReviewForm form = switch (item.recordType()) {
                case "SensitiveRecord" -> new ReviewForm(ReviewDecision.REDACT, item.fields().stream()
                        .map(ItemField::value).toList(), null);
                case "Approval" -> new ReviewForm(ReviewDecision.WITHHOLD, null, "Legal advice about " + name);
                default -> new ReviewForm(ReviewDecision.DISCLOSE, null, null);
            };
            Callers.as(Role.DPM, () -> compilation.decide(access.id(), item.id(), item.version(), form));
        }
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> compilation.decide(access.id(),
                compiled.get(0).id(), compiled.get(0).version(), new ReviewForm(ReviewDecision.WITHHOLD, null,
                "Stale"))),
                "a second DPM's stale page does not overwrite the decision");
        Callers.as(Role.DPM, () -> compilation.producePack(access.id(),
                Callers.as(Role.DPM, () -> requests.request(access.id())).version()));
        byte[] json = Callers.as(Role.DPM, () -> requests.packFile(access.id(), PackFile.Format.JSON)).content();
        assertTrue(new String(json, StandardCharsets.UTF_8).contains(family), "the pack copies the person's data");

        RequestView rectification = aRequestFrom(person.id(), RequestType.RECTIFICATION)
                .asking(name + "'s health record is wrong").verifiedIn(requests);
        CorrectableFieldView content = named(Callers.as(Role.DPM, () -> rectifications.correctable(
                rectification.id())), "security", "Content");
        Callers.as(Role.DPM, () -> rectifications.add(rectification.id(), correction(content,
                "Migraine since 2018, says " + name)));
        RequestView portability = aRequestFrom(person.id(), RequestType.PORTABILITY).loggedIn(requests);
        Callers.as(Role.DPM, () -> requests.refuse(portability.id(), portability.version(), RefusalGround.EXCESSIVE,
                "The fourth request from " + name + " this month."));
        String asked = "Erase everything you hold about " + name;
        RequestView erasure = anErasureRequestFrom(person.id()).asking(asked).verifiedIn(requests);

        Callers.as(Role.DPM, () -> actions.erase(erasure.id(), erasure.version()));

        String marker = "Removed on erasure on " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(LocalDate.now());
        assertEquals(List.of(marker, marker, marker + " | " + marker, marker), Sql.column(database,
                "select concat_ws(' | ', representative, asked, no_check_reason, extension_reason, refusal_reasons,"
                + " fee_reason, scope_note) from prot_rights_request where subject_id = ? order by id", person.id()),
                "every request's text, the erasure request's own included");
        assertEquals(marker, Callers.as(Role.DPM, () -> requests.request(erasure.id())).asked());
        List<ReviewItemView> items = Callers.as(Role.DPM, () -> compilation.items(access.id()));
        for (ReviewItemView item : items) {
            assertEquals(List.of(new ItemField("Removed", marker)), item.fields(), item.recordType());
            assertFalse(item.decision() == ReviewDecision.REDACT && !item.redactedFields().equals(item.fields()),
                    "the redacted copy too");
            assertFalse(item.decision() == ReviewDecision.WITHHOLD && !marker.equals(item.exemptionGround()),
                    "and the exemption ground");
        }
        assertEquals(Set.of(ReviewDecision.DISCLOSE, ReviewDecision.REDACT, ReviewDecision.WITHHOLD),
                Set.copyOf(items.stream().map(ReviewItemView::decision).toList()), "the decisions stay");
        assertEquals("{\"removed\":\"" + marker + "\"}", new String(Callers.as(Role.DPM,
                () -> requests.packFile(access.id(), PackFile.Format.JSON)).content(), StandardCharsets.UTF_8));
        for (RequestView answered : List.of(access, portability)) {
            String letter = PdfText.of(Callers.as(Role.DPM, () -> requests.packFile(answered.id(),
                    PackFile.Format.PDF)).content());
            assertTrue(letter.contains(marker), letter);
            assertFalse(letter.contains(family), letter);
        }
        assertEquals(List.of(marker + " " + CorrectionState.PENDING), Callers.as(Role.DPM,
                () -> rectifications.corrections(rectification.id())).stream().map(c -> c.value() + " " + c.state())
                .toList());

        assertEquals(List.of(Sha256.hex(asked.getBytes(StandardCharsets.UTF_8))), Sql.column(database,
                "select sha256 from prot_erased_copy where record_type = 'RightsRequest' and record_id = ?"
                + " and field = 'asked'", Long.toString(erasure.id())), "the hash of what was removed is kept");
        assertEquals(List.of(json.length + " " + Sha256.hex(json)), Sql.column(database, "select size_bytes || ' ' ||"
                + " sha256 from prot_erased_copy where record_type = 'ResponsePack' and request_id = ?"
                + " and field = 'json'", access.id()));
        assertEquals(List.of("RequestCorrection", "ResponsePack", "ReviewItem", "RightsRequest"), Sql.column(database,
                "select distinct record_type from prot_erased_copy where request_id in (select id from"
                + " prot_rights_request where subject_id = ?) order by 1", person.id()));
        assertEquals(List.of(Callers.principal(Role.DPM) + " " + LocalDate.now()), Sql.column(database,
                "select distinct erased_by || ' ' || erased_on from prot_erased_copy where request_id = ?",
                erasure.id()));
    }

    @Test
    void anAccessGrantNamingThePersonEndsWithTheirErasureInsteadOfBlockingIt_D5_X1() throws Exception {
        SubjectDetails person = aPerson().named("Gus", unique("Granted")).withAnEmail().registeredIn(register);
        String record = Long.toString(person.id());
        AccessGrantView grant = Callers.as(Role.DPM, () -> grants.grant(new AccessGrantForm("hiring.manager",
                "DataSubject", record, null, person.id(), "Reviewing the complaint about Gus",
                LocalDate.now().plusDays(7))));
        AccessGrantView glass = Callers.as(Role.DPM, () -> grants.breakGlass("DataSubject", record, person.id(),
                "Police enquiry about Gus"));
        RequestView request = anErasureRequestFrom(person.id()).verifiedIn(requests);

        List<OutcomeView> outcomes = Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));
        assertEquals("register 1", outcomes.get(outcomes.size() - 1).context() + " "
                + outcomes.get(outcomes.size() - 1).done());
        assertEquals(List.of("0", "0"), Sql.column(database, "select count(*) from sec_access_grant where"
                + " subject_id = ? union all select count(*) from core_data_subject where id = ?", person.id(),
                person.id()), "the grants went with the person");
        assertEquals(Set.of("grant " + grant.id() + " to hiring.manager ended with the person's erasure",
                "grant " + glass.id() + " to " + Callers.principal(Role.DPM) + " ended with the person's erasure"),
                Set.copyOf(Sql.column(database, "select detail from sec_audit_entry where action = 'ACCESS_REVOKED'"
                        + " and subject_id = ?", person.id())), "each one ended in the audit trail");
    }

    @Test
    void aLegalHoldKeepsTheRecordsItCoversFromErasureAndTheOutcomeSaysWhy_D5_R6() throws Exception {
        SubjectDetails person = aPerson().named("Hal", unique("Held")).withAnEmail().registeredIn(register);
        anApprovedHealthRecordFor(person.id()).saying("Back injury at work").recordedThrough(approvals, sensitive);
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> holds.place(person.id(),
                new LegalHoldForm(null, "Claim"))));
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> holds.place(person.id(), new LegalHoldForm("payroll", "Claim"))));
        assertTrue(unknown.getMessage().startsWith("No context payroll holds personal data"), unknown.getMessage());
        LegalHoldView hold = Callers.as(Role.DPM, () -> holds.place(person.id(), new LegalHoldForm("security",
                "Personal injury claim, ref. PI-2026-17"))).get(0);
        assertTrue(Callers.as(Role.HR, () -> holds.of(person.id())).get(0).inForce(), "HR sees the hold");

        RequestView request = anErasureRequestFrom(person.id()).verifiedIn(requests);
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
        SubjectDetails person = aPerson().named("Rex", unique("Rectified")).withAnEmail().registeredIn(register);
        anApprovedHealthRecordFor(person.id()).saying("Asthma").recordedThrough(approvals, sensitive);
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("HMRC", "Pay and tax details",
                PAYROLL, LocalDate.now(), null)));
        RequestView contested = aRequestFrom(person.id(), RequestType.RESTRICTION).verifiedIn(requests);
        Callers.as(Role.DPM, () -> actions.restrict(contested.id(), contested.version()));

        RequestView request = aRequestFrom(person.id(), RequestType.RECTIFICATION).verifiedIn(requests);
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> rectifications.correctable(
                contested.id())), "only a rectification request corrects");
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> rectifications.correctable(
                request.id())));
        List<CorrectableFieldView> fields = Callers.as(Role.DPM, () -> rectifications.correctable(request.id()));
        CorrectableFieldView family = named(fields, "register", "Family name");
        CorrectableFieldView emails = named(fields, "register", "Email addresses");
        CorrectableFieldView content = named(fields, "security", "Content");
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
        AccessRefused gone = assertThrows(AccessRefused.class, () -> Callers.as(Role.DPM,
                () -> rectifications.remove(request.id(), mistaken.id(), mistaken.version())));
        assertEquals("There is no such correction.", gone.getMessage(), "removed already: a second DPM's stale page");

        List<OutcomeView> outcomes = Callers.as(Role.DPM, () -> rectifications.rectify(request.id(),
                request.version()));
        assertEquals(List.of("security Rectified 1", "register Rectified 1"), outcomes.stream()
                .map(o -> o.context() + " " + o.action() + " " + o.done()).toList(), "the register goes last");
        assertTrue(outcomes.get(1).kept().contains("Email addresses (The person's record in the register) not "
                + "corrected: Enter a valid email address"), outcomes.get(1).kept());
        assertEquals(List.of("Rectified-Smith", "1"), Sql.column(database, "select family_name from core_data_subject"
                + " where id = ? union all select cast(count(*) as varchar) from core_subject_email"
                + " where subject_id = ?", person.id(), person.id()),
                "the name is corrected although the data is restricted; the bad email changed nothing");
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

    @Test
    void anObjectionStopsALegitimateInterestsPurposeUnlessCompellingGroundsAreKept_D7_L2() throws Exception {
        SubjectDetails person = aPerson().named("Obi", unique("Objector")).withAnEmail().registeredIn(register);
        RequestView objection = aRequestFrom(person.id(), RequestType.OBJECTION).verifiedIn(requests);
        Callers.as(Role.DPM, () -> actions.object(objection.id(), objection.version(), SUPPLIER_MANAGEMENT, null));
        Callers.as(Role.DPM, () -> actions.object(objection.id(), objection.version(), COMPLAINT_HANDLING,
                "An open legal claim needs the complaint file"));
        RequestRefused notLegitimateInterests = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> actions.object(objection.id(), objection.version(), PAYROLL, null)));
        assertTrue(notLegitimateInterests.getMessage().contains("does not rest on legitimate interests"));

        RequestRefused stopped = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> disclosures.record(person.id(), new DisclosureForm("A supplier", "Contact details",
                        SUPPLIER_MANAGEMENT, LocalDate.now(), null))));
        assertTrue(stopped.getMessage().contains("no longer used for Supplier management: they objected"),
                stopped.getMessage());
        Callers.as(Role.HR, () -> disclosures.record(person.id(), new DisclosureForm("Our solicitors",
                "The complaint file", COMPLAINT_HANDLING, LocalDate.now(), null)));
        RequestRefused noApproval = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> approvals.request(ApprovalRequestForm.forPerson(person.id(), SpecialCategory.HEALTH,
                        SpecialCategoryCondition.EMPLOYMENT_LAW, null, SUPPLIER_MANAGEMENT, "Site access",
                        LocalDate.now().plusDays(7)))));
        assertEquals(stopped.getMessage(), noApproval.getMessage(), "the gate refuses a stopped purpose too");
        RequestRefused noRecord = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> sensitive.record(person.id(), new SensitiveRecordForm("register", Set.of(),
                        SpecialCategory.HEALTH, SUPPLIER_MANAGEMENT, "Allergy", null))));
        assertEquals(stopped.getMessage(), noRecord.getMessage());

        RequestView withdrawal = aRequestFrom(person.id(), RequestType.CONSENT_WITHDRAWAL).verifiedIn(requests);
        Callers.as(Role.DPM, () -> actions.consentWithdrawn(withdrawal.id(), withdrawal.version(), MARKETING));
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> actions.consentWithdrawn(withdrawal.id(),
                withdrawal.version(), SUPPLIER_MANAGEMENT)));
        List<PurposeStopView> stops = Callers.as(Role.HR, () -> purposes.stoppedFor(person.id()));
        assertEquals(List.of("Supplier management true", "Complaint handling false", "Marketing true"),
                stops.stream().map(stop -> stop.purposeName() + " " + stop.stops()).toList());
    }

    /** The action, by the DPM, is refused until the requester's identity is confirmed (D1). */
    private static void refusedUntilConfirmed(String doing, Callable<?> action) {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, action));
        assertEquals("Verify the requester's identity before " + doing + ", or record why no check is needed.",
                refused.getMessage());
    }

    private static CorrectableFieldView named(List<CorrectableFieldView> fields, String context, String field) {
        return fields.stream().filter(f -> f.context().equals(context) && f.field().equals(field)).findFirst()
                .orElseThrow();
    }

    private static CorrectionForm correction(CorrectableFieldView field, String value) {
        return new CorrectionForm(field.context(), field.recordType(), field.recordId(), field.field(), value);
    }
}
