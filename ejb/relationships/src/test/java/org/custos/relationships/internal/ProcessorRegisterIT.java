package org.custos.relationships.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anErasureRequestFrom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.holds.api.DisclosureForm;
import org.custos.protection.holds.api.DisclosureView;
import org.custos.protection.holds.api.Disclosures;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.relationships.api.AgreementForm;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ConditionEvidenceForm;
import org.custos.relationships.api.ConditionView;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.relationships.api.SubProcessorForm;
import org.custos.relationships.api.SubProcessorView;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The processor register (X4) on Payara Micro with PostgreSQL: an agreement version is recorded as signed or in force
 * only once the DPM approved it, HR cannot approve, a condition unmet is approved only with the DPM's reason, a
 * changed version needs a new approval, and the evidence of a condition and the sub-processors are under the
 * processor's optimistic lock. Protection's disclosure log, deployed with this context, names its organisations and
 * sends nothing to a processor without an agreement the DPM approved (D5, X4).
 */
@ExtendWith(ArquillianExtension.class)
class ProcessorRegisterIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("relationships", ProtectionDeployment.fixtures());
    }

    @Inject
    Organisations organisations;

    @Inject
    Processors processors;

    @Inject
    Purposes purposes;

    @Inject
    Disclosures disclosures;

    @Inject
    PeopleRegister register;

    @Inject
    RightsRequests requests;

    @Inject
    RequestActions actions;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static final AgreementForm EVERY_TERM = new AgreementForm("DPA-2026-01 (signed copy in the contracts"
            + " folder)", EnumSet.allOf(AgreementTerm.class), LocalDate.of(2026, 12, 3), null, 90);

    /** A supplier recorded as our processor, with the evidence of the conditions given. */
    private ProcessorView processor(ProcessorCondition... evidenced) throws Exception {
        long organisationId = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                Names.unique("Payroll Bureau "), Set.of(OrganisationKind.SUPPLIER), null, null, null,
                LocalDate.of(2025, 1, 6), null, RelationshipStatus.ACTIVE, null))).id();
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        ProcessorView processor = Callers.as(Role.HR, () -> processors.register(organisationId, new ProcessorForm(
                "Payroll", "Pay, bank details, tax codes", Set.of(purposeId), Set.of(SubjectCategory.STAFF), null,
                "United Kingdom", LocalDate.of(2027, 12, 3))));
        for (ProcessorCondition condition : evidenced) {
            long version = processor.version();
            processor = Callers.as(Role.HR, () -> processors.recordEvidence(organisationId, version,
                    new ConditionEvidenceForm(condition, "Checked against the contract, clause 4",
                            LocalDate.of(2026, 11, 30), "Office manager")));
        }
        return processor;
    }

    private AgreementView proposed(ProcessorView processor, AgreementForm form) throws Exception {
        return last(Callers.as(Role.HR, () -> processors.proposeAgreement(processor.organisationId(), form)));
    }

    private static AgreementView last(ProcessorView processor) {
        return processor.agreements().get(processor.agreements().size() - 1);
    }

    private AgreementView submitted(ProcessorView processor, AgreementView agreement) throws Exception {
        return last(Callers.as(Role.HR, () -> processors.submitAgreement(processor.organisationId(), agreement.id(),
                agreement.version())));
    }

    private AgreementView approved(ProcessorView processor, AgreementView agreement) throws Exception {
        AgreementView awaiting = submitted(processor, agreement);
        return last(Callers.as(Role.DPM, () -> processors.approveAgreement(processor.organisationId(),
                awaiting.id(), awaiting.version(), null)));
    }

    private AgreementView inForce(ProcessorView processor, AgreementView approved) throws Exception {
        long organisationId = processor.organisationId();
        AgreementView signed = last(Callers.as(Role.HR, () -> processors.recordSigned(organisationId,
                approved.id(), approved.version())));
        return last(Callers.as(Role.HR, () -> processors.recordInForce(organisationId, signed.id(),
                signed.version())));
    }

    private AgreementView agreement(long organisationId, AgreementView agreement) throws Exception {
        return Callers.as(Role.HR, () -> processors.processor(organisationId)).agreements().stream()
                .filter(found -> found.id() == agreement.id()).findFirst().orElseThrow();
    }

    private DisclosureView disclosed(long subjectId, String recipient, long organisationId) throws Exception {
        return Callers.as(Role.HR, () -> disclosures.record(subjectId, new DisclosureForm(recipient,
                "Name, bank details and salary", SeededPurposes.PAYROLL, LocalDate.now(), organisationId)));
    }

    private String stateInSql(AgreementView agreement) throws Exception {
        return Sql.column(database, "select state from rel_agreement_version where id = ?", agreement.id()).get(0);
    }

    @Test
    void anAgreementIsRecordedSignedOrInForceOnlyOnceTheDpmApprovedIt_X4() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        long organisationId = processor.organisationId();
        AgreementView proposed = proposed(processor, EVERY_TERM);

        RequestRefused unsigned = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.recordSigned(organisationId, proposed.id(), proposed.version())));
        assertEquals("The DPM has not approved this version of the agreement, so it cannot be recorded as signed."
                + " Send it to the DPM and record it once they approve it.", unsigned.getMessage());
        AgreementView awaiting = submitted(processor, proposed);
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.recordInForce(organisationId, awaiting.id(), awaiting.version())));
        assertEquals("AWAITING_DPM", stateInSql(awaiting), "nothing was recorded by the refusals");

        AgreementView approved = last(Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId,
                awaiting.id(), awaiting.version(), null)));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> processors.approveAgreement(
                organisationId, awaiting.id(), awaiting.version(), "Approved twice")),
                "a second DPM's stale page: every step on an agreement quotes the version seen");
        AgreementView signed = last(Callers.as(Role.HR, () -> processors.recordSigned(organisationId, approved.id(),
                approved.version())));
        AgreementView inForce = last(Callers.as(Role.HR, () -> processors.recordInForce(organisationId, signed.id(),
                signed.version())));

        assertEquals(AgreementState.IN_FORCE, inForce.state());
        assertEquals("IN_FORCE", stateInSql(inForce));
        assertEquals("Approved by " + Callers.principal(Role.DPM) + " on "
                + OrganisationTime.DAY.format(LocalDate.now(OrganisationTime.ZONE)), inForce.approval());
        assertEquals("3 December 2026", inForce.startsOn());
        assertEquals(List.of(), inForce.unmetConditions());
    }

    @Test
    void hrCannotApproveAnAgreement_X4() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        AgreementView awaiting = submitted(processor, proposed(processor, EVERY_TERM));

        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> processors.approveAgreement(
                processor.organisationId(), awaiting.id(), awaiting.version(), "HR approves")));
        assertEquals("AWAITING_DPM", stateInSql(awaiting));
    }

    @Test
    void theDpmApprovesWithAConditionUnmetOnlyWhenTheyRecordWhy_X4() throws Exception {
        ProcessorCondition[] allButAudits = Arrays.stream(ProcessorCondition.values())
                .filter(condition -> condition != ProcessorCondition.ACCEPTS_AUDITS).toArray(ProcessorCondition[]::new);
        ProcessorView processor = processor(allButAudits);
        AgreementView awaiting = submitted(processor, proposed(processor, new AgreementForm("DPA-2026-02",
                EnumSet.complementOf(EnumSet.of(AgreementTerm.AUDITS)), LocalDate.of(2026, 12, 3),
                LocalDate.of(2028, 12, 2), 30)));
        assertEquals(List.of("Written contract with approved terms", "Accepts audits"), awaiting.unmetConditions());

        RequestRefused unexplained = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> processors.approveAgreement(processor.organisationId(), awaiting.id(), awaiting.version(), " ")));
        assertEquals("These conditions are not met yet: written contract with approved terms; accepts audits."
                + " Record the evidence, or record why you approve the agreement all the same.",
                unexplained.getMessage());
        assertEquals("AWAITING_DPM", stateInSql(awaiting));

        AgreementView approved = last(Callers.as(Role.DPM, () -> processors.approveAgreement(
                processor.organisationId(), awaiting.id(), awaiting.version(),
                "Audit clause agreed by email on 1 December 2026; the signed rider follows.")));
        assertEquals(AgreementState.APPROVED, approved.state());
        assertEquals(List.of("Audit clause agreed by email on 1 December 2026; the signed rider follows."),
                Sql.column(database, "select approval_reason from rel_agreement_version where id = ?", approved.id()));
    }

    @Test
    void aChangedVersionNeedsANewApprovalAndASignedOneIsNotChanged_X4() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        long organisationId = processor.organisationId();
        AgreementView awaiting = submitted(processor, proposed(processor, EVERY_TERM));
        AgreementView approved = last(Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId,
                awaiting.id(), awaiting.version(), null)));

        AgreementView changed = last(Callers.as(Role.HR, () -> processors.changeAgreement(organisationId,
                approved.id(), approved.version(), new AgreementForm("DPA-2026-01 with a 60-day notice",
                        EnumSet.allOf(AgreementTerm.class), LocalDate.of(2026, 12, 3), null, 60))));
        assertEquals(AgreementState.PROPOSED, changed.state());
        assertNull(changed.approval());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> processors.recordSigned(organisationId,
                changed.id(), changed.version())));

        AgreementView again = submitted(processor, changed);
        AgreementView reapproved = last(Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId,
                again.id(), again.version(), null)));
        AgreementView signed = last(Callers.as(Role.HR, () -> processors.recordSigned(organisationId,
                reapproved.id(), reapproved.version())));
        RequestRefused unchanged = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.changeAgreement(organisationId, signed.id(), signed.version(), EVERY_TERM)));
        assertEquals("This version has been signed and cannot be changed: propose a new version, which the DPM"
                + " approves before it is signed.", unchanged.getMessage());
        assertEquals(List.of("SIGNED", "60"), Sql.column(database, "select state from rel_agreement_version where"
                + " id = ? union all select cast(notice_days as varchar) from rel_agreement_version where id = ?",
                signed.id(), signed.id()));
    }

    @Test
    void anAgreementEndsOnlyWithTheDataReturnedOrDeletedConfirmed_X4() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        long organisationId = processor.organisationId();
        AgreementView awaiting = submitted(processor, proposed(processor, EVERY_TERM));
        AgreementView approved = last(Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId,
                awaiting.id(), awaiting.version(), null)));
        AgreementView signed = last(Callers.as(Role.HR, () -> processors.recordSigned(organisationId,
                approved.id(), approved.version())));

        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> processors.endAgreement(organisationId,
                signed.id(), signed.version(), null)));
        AgreementView ended = last(Callers.as(Role.HR, () -> processors.endAgreement(organisationId, signed.id(),
                signed.version(), "Deletion certificate received on 3 December 2026")));

        assertEquals(AgreementState.ENDED, ended.state());
        assertEquals("Deletion certificate received on 3 December 2026", ended.endConfirmation());
    }

    @Test
    void aDisclosureToAProcessorIsRefusedUntilTheDpmApprovedAVersionOfItsAgreement_X4_D5() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        long organisationId = processor.organisationId();
        long person = aPerson().called("Dora").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
        AgreementView awaiting = submitted(processor, proposed(processor, EVERY_TERM));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> disclosed(person, null, organisationId));
        assertEquals(processor.organisationName() + " is our processor, and no version of its agreement approved by"
                + " the DPM is in place: no personal data may be disclosed to it until the DPM approves one.",
                refused.getMessage());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from prot_disclosure where subject_id = ?",
                person), "nothing was recorded by the refusal");

        Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId, awaiting.id(), awaiting.version(),
                null));
        DisclosureView allowed = disclosed(person, null, organisationId);
        assertEquals(processor.organisationName(), allowed.recipient());
        assertEquals(organisationId, allowed.organisationId());
        assertEquals(List.of(allowed.id()), Callers.as(Role.DPM, () -> disclosures.toOrganisation(organisationId,
                0, 10)).rows().stream().map(DisclosureView::id).toList());
    }

    @Test
    void anErasureNoticeNamesTheOrganisationAsItIsNowAndWhoThereReceivedTheData_D5() throws Exception {
        long bureauId = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                Names.unique("Pension Trust "), Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null))).id();
        long person = aPerson().called("Edna").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();
        disclosed(person, "Member services team", bureauId);
        long before = Callers.as(Role.HR, () -> organisations.organisation(bureauId)).version();
        String renamed = Names.unique("Pension Trust Group ");
        Callers.as(Role.HR, () -> organisations.update(bureauId, before, new OrganisationDetailsForm(
                renamed, Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null, RelationshipStatus.ACTIVE,
                null)));
        RequestView request = anErasureRequestFrom(person).verifiedIn(requests);

        Callers.as(Role.DPM, () -> actions.erase(request.id(), request.version()));

        assertEquals(List.of(renamed + " (Member services team)"), Callers.as(Role.DPM,
                () -> actions.recipients(request.id())).stream().map(RecipientView::recipient).toList());
        assertEquals(0, Callers.as(Role.HR, () -> disclosures.toOrganisation(bureauId, 0, 10)).total(),
                "the erased person's disclosures are gone from the organisation's list");
    }

    @Test
    void aDisclosureToAnOrganisationNotInTheRegisterIsRefused_D5() throws Exception {
        long person = aPerson().called("Fay").as(SubjectCategory.SUPPLIER_CONTACT).registeredIn(register).id();

        RequestRefused refused = assertThrows(RequestRefused.class, () -> disclosed(person, "Someone", -7));

        assertEquals("There is no such organisation in the register: choose the recipient from the list.",
                refused.getMessage());
    }

    @Test
    void aVersionComingIntoForceEndsTheOneInForceAsReplacedWithNoDataReturned_X4() throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        AgreementView first = inForce(processor, approved(processor, proposed(processor, EVERY_TERM)));
        AgreementView second = inForce(processor, approved(processor, proposed(processor, new AgreementForm(
                "DPA-2027-01", EnumSet.allOf(AgreementTerm.class), LocalDate.of(2027, 1, 4), null, 90))));

        AgreementView replaced = agreement(processor.organisationId(), first);
        assertEquals(AgreementState.IN_FORCE, second.state());
        assertEquals(AgreementState.ENDED, replaced.state());
        assertEquals("Replaced by version 2, which came into force: the processor keeps working for us under it.",
                replaced.endConfirmation());
        assertEquals(List.of("ENDED 2 null"), Sql.column(database, "select state || ' ' || replaced_by || ' '"
                + " || coalesce(end_confirmation, 'null') from rel_agreement_version where id = ?", first.id()));
    }

    @Test
    void aProcessorsPeopleAreTheRegistersCategoriesChosenOnItsFormWithANoteOnOthers_X4() throws Exception {
        long organisationId = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                Names.unique("Payslip Printers "), Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null))).id();
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        ProcessorView registered = Callers.as(Role.HR, () -> processors.register(organisationId, new ProcessorForm(
                "Payslips", "Pay", Set.of(purposeId), Set.of(SubjectCategory.FORMER_STAFF, SubjectCategory.STAFF),
                " Their partners, named for pension benefits ", "United Kingdom", LocalDate.of(2027, 12, 3))));

        assertEquals(EnumSet.of(SubjectCategory.STAFF, SubjectCategory.FORMER_STAFF), registered.peopleHandled());
        assertEquals(List.of("Member of staff", "Former member of staff"), registered.people());
        assertEquals("Their partners, named for pension benefits", registered.peopleNote());
        assertEquals(List.of("FORMER_STAFF", "STAFF"), Sql.column(database, "select c.category from"
                + " rel_processor_person_category c join rel_processor p on p.id = c.processor_id"
                + " where p.organisation_id = ? order by c.category", organisationId));

        ProcessorForm nobody = new ProcessorForm("Payslips", "Pay", Set.of(purposeId), Set.of(), " ",
                "United Kingdom", LocalDate.of(2027, 12, 3));
        RequestRefused refused = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.update(organisationId, registered.version(), nobody)));
        ProcessorView changed = Callers.as(Role.HR, () -> processors.update(organisationId, registered.version(),
                new ProcessorForm("Payslips", "Pay", Set.of(purposeId), Set.of(SubjectCategory.STAFF), " ",
                        "United Kingdom", LocalDate.of(2027, 12, 3))));

        assertEquals("Choose the categories of people whose data it receives, or describe them in the note.",
                refused.getMessage());
        assertEquals(EnumSet.of(SubjectCategory.STAFF), changed.peopleHandled());
        assertNull(changed.peopleNote());
    }

    @Test
    void withdrawnEvidenceLeavesTheConditionUnmetAndSendsAnApprovedUnsignedVersionBackToTheDpm_X4()
            throws Exception {
        ProcessorView processor = processor(ProcessorCondition.values());
        long organisationId = processor.organisationId();
        AgreementView first = approved(processor, proposed(processor, EVERY_TERM));
        AgreementView signed = last(Callers.as(Role.HR, () -> processors.recordSigned(organisationId, first.id(),
                first.version())));
        AgreementView approved = approved(processor, proposed(processor, EVERY_TERM));
        long version = Callers.as(Role.HR, () -> processors.processor(organisationId)).version();

        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> processors.withdrawEvidence(
                organisationId, version - 1, ProcessorCondition.ACCEPTS_AUDITS)));
        ProcessorView withdrawn = Callers.as(Role.HR, () -> processors.withdrawEvidence(organisationId, version,
                ProcessorCondition.ACCEPTS_AUDITS));
        RequestRefused again = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.withdrawEvidence(organisationId, withdrawn.version(),
                        ProcessorCondition.ACCEPTS_AUDITS)));

        assertEquals("No evidence of this condition is recorded.", again.getMessage());
        assertEquals(List.of(false), withdrawn.conditions().stream()
                .filter(condition -> condition.condition() == ProcessorCondition.ACCEPTS_AUDITS)
                .map(ConditionView::met).toList());
        AgreementView backToDpm = agreement(organisationId, approved);
        assertEquals(AgreementState.AWAITING_DPM, backToDpm.state());
        assertNull(backToDpm.approval());
        assertEquals(List.of("Accepts audits"), backToDpm.unmetConditions());
        assertEquals(AgreementState.SIGNED, agreement(organisationId, signed).state(), "a signed contract stands");
    }

    @Test
    void aSubProcessorIsRemovedUnderTheProcessorsLockAndTheRemovalIsAudited_X4() throws Exception {
        ProcessorView processor = processor();
        long hostId = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                Names.unique("Backup Host "), Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null))).id();
        ProcessorView withHost = Callers.as(Role.HR, () -> processors.addSubProcessor(processor.organisationId(),
                processor.version(), new SubProcessorForm(hostId, "Ireland")));

        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> processors.removeSubProcessor(
                processor.organisationId(), processor.version(), hostId)));
        ProcessorView without = Callers.as(Role.DPM, () -> processors.removeSubProcessor(processor.organisationId(),
                withHost.version(), hostId));
        RequestRefused notThere = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.removeSubProcessor(processor.organisationId(), without.version(), hostId)));

        assertEquals("This organisation is not recorded as its sub-processor.", notThere.getMessage());
        assertEquals(List.of(), without.subProcessors());
        assertEquals(List.of("0"), Sql.column(database, "select count(*) from rel_sub_processor s join rel_processor p"
                + " on p.id = s.processor_id where p.organisation_id = ?", processor.organisationId()));
        assertEquals(List.of(Callers.principal(Role.DPM) + " SUCCESS"), Sql.column(database, "select actor || ' '"
                + " || outcome from sec_audit_entry where record_type = 'Processor' and record_id = ?"
                + " and actor = ? and action = 'UPDATE'", Long.toString(processor.organisationId()),
                Callers.principal(Role.DPM)));
    }

    @Test
    void evidenceRecordedOnAStaleProcessorIsRefusedWithNothingSaved_X4() throws Exception {
        ProcessorView read = processor();
        Callers.as(Role.HR, () -> processors.recordEvidence(read.organisationId(), read.version(),
                new ConditionEvidenceForm(ProcessorCondition.BUSINESS_NEED, "Payroll is outsourced",
                        LocalDate.of(2026, 11, 30), "Office manager")));

        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> processors.recordEvidence(
                read.organisationId(), read.version(), new ConditionEvidenceForm(ProcessorCondition.BUSINESS_NEED,
                        "Overwritten", LocalDate.of(2026, 11, 30), "DPM"))));
        ProcessorView now = Callers.as(Role.DPM, () -> processors.processor(read.organisationId()));
        assertEquals("Payroll is outsourced", now.conditions().get(0).evidence());
        assertEquals("30 November 2026", now.conditions().get(0).checkedOn());
    }

    @Test
    void aProcessorsSubProcessorsAreOtherOrganisationsWithTheirCountries_X4() throws Exception {
        ProcessorView processor = processor();
        long hostId = Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(
                Names.unique("Cloud Host "), Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null,
                RelationshipStatus.ACTIVE, null))).id();

        ProcessorView withHost = Callers.as(Role.HR, () -> processors.addSubProcessor(processor.organisationId(),
                processor.version(), new SubProcessorForm(hostId, "Ireland, United States")));
        RequestRefused twice = assertThrows(RequestRefused.class, () -> Callers.as(Role.HR,
                () -> processors.addSubProcessor(processor.organisationId(), withHost.version(),
                        new SubProcessorForm(hostId, "Ireland"))));
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.HR, () -> processors.addSubProcessor(
                processor.organisationId(), processor.version(), new SubProcessorForm(hostId, "Ireland"))));

        assertEquals("This organisation is already recorded as its sub-processor.", twice.getMessage());
        assertEquals(List.of("Ireland, United States"), withHost.subProcessors().stream()
                .map(SubProcessorView::countries).toList());
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from rel_sub_processor s join rel_processor p"
                + " on p.id = s.processor_id where p.organisation_id = ?", processor.organisationId()));
    }
}
