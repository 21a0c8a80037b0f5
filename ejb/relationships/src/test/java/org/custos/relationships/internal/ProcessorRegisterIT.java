package org.custos.relationships.internal;

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
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.relationships.api.AgreementForm;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ConditionEvidenceForm;
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
 * processor's optimistic lock.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessorRegisterIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("relationships", ProtectionDeployment.fixtures())
                .addClasses(ProcessorRegisterIT.class);
    }

    @Inject
    Organisations organisations;

    @Inject
    Processors processors;

    @Inject
    Purposes purposes;

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
                "Payroll", "Pay, bank details, tax codes", Set.of(purposeId), "Staff", "United Kingdom",
                LocalDate.of(2027, 12, 3))));
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
