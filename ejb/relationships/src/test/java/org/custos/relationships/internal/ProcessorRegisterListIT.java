package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.AgreementTerm;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.relationships.api.AgreementAwaiting;
import org.custos.relationships.api.AgreementForm;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ConditionEvidenceForm;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorQuery;
import org.custos.relationships.api.ProcessorSummary;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Names;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The processor register's list and the DPM's worklist (X4) on Payara Micro with PostgreSQL: a page of processors by
 * name, paged in SQL, each with the conditions it meets (the written contract judged on its latest version's terms),
 * its review overdue or not and its latest version's state; the versions sent to the DPM, which only the DPM lists
 * and which leave the list once approved; an organisation that is not a processor is read as none.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessorRegisterListIT {

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

    private static final LocalDate TODAY = LocalDate.now(OrganisationTime.ZONE);

    private static AgreementForm agreement(Set<AgreementTerm> terms) {
        return new AgreementForm("DPA " + terms.size(), terms, LocalDate.of(2026, 12, 3), null, 30);
    }

    private long organisation(String name) throws Exception {
        return Callers.as(Role.HR, () -> organisations.create(new OrganisationDetailsForm(name,
                Set.of(OrganisationKind.SUPPLIER), null, null, null, null, null, RelationshipStatus.ACTIVE, null)))
                .id();
    }

    /** A processor reviewed on {@code reviewOn}, with the evidence of the conditions given. */
    private ProcessorView processor(String name, LocalDate reviewOn, ProcessorCondition... evidenced)
            throws Exception {
        long organisationId = organisation(name);
        long purposeId = Callers.as(Role.HR, () -> purposes.purposes()).get(0).id();
        ProcessorView processor = Callers.as(Role.HR, () -> processors.register(organisationId, new ProcessorForm(
                "Hosting", "Contact details", Set.of(purposeId), Set.of(SubjectCategory.CLIENT_CONTACT), null,
                "United Kingdom", reviewOn)));
        for (ProcessorCondition condition : evidenced) {
            long version = processor.version();
            processor = Callers.as(Role.HR, () -> processors.recordEvidence(organisationId, version,
                    new ConditionEvidenceForm(condition, "Seen in the contract", LocalDate.of(2026, 11, 30),
                            "Office manager")));
        }
        return processor;
    }

    private static AgreementView last(ProcessorView processor) {
        return processor.agreements().get(processor.agreements().size() - 1);
    }

    @Test
    void theRegisterListsEachProcessorsConditionsReviewAndLatestVersionPagedByName_X4() throws Exception {
        String stem = Names.unique("Register ");
        ProcessorView complete = processor(stem + " Alpha", TODAY.plusMonths(6), ProcessorCondition.values());
        long completeId = complete.organisationId();
        Callers.as(Role.HR, () -> processors.proposeAgreement(completeId,
                agreement(EnumSet.allOf(AgreementTerm.class))));
        Callers.as(Role.HR, () -> processors.proposeAgreement(completeId,
                agreement(EnumSet.complementOf(EnumSet.of(AgreementTerm.AUDITS)))));
        processor(stem + " Beta", TODAY.minusDays(1), ProcessorCondition.BUSINESS_NEED,
                ProcessorCondition.WRITTEN_CONTRACT);
        organisation(stem + " Gamma, not a processor");

        Page<ProcessorSummary> first = Callers.as(Role.DPM, () -> processors.list(new ProcessorQuery(0, 1, stem)));
        Page<ProcessorSummary> second = Callers.as(Role.HR, () -> processors.list(new ProcessorQuery(1, 1, stem)));

        assertEquals(2, first.total(), "the processors named so, not the organisation that is not one");
        ProcessorSummary alpha = first.rows().get(0);
        ProcessorSummary beta = second.rows().get(0);
        assertEquals(List.of(stem + " Alpha", stem + " Beta"), List.of(alpha.name(), beta.name()));
        assertEquals(EnumSet.complementOf(EnumSet.of(ProcessorCondition.WRITTEN_CONTRACT)), alpha.met(),
                "the latest version lacks the audit term, so the written contract is not met");
        assertEquals(2, alpha.latestAgreement());
        assertEquals(AgreementState.PROPOSED, alpha.latestAgreementState());
        assertFalse(alpha.reviewOverdue());
        assertEquals(EnumSet.of(ProcessorCondition.BUSINESS_NEED), beta.met(),
                "the written contract's evidence without any agreement is not enough");
        assertTrue(beta.reviewOverdue());
        assertEquals(null, beta.latestAgreementState());
    }

    @Test
    void theDpmListsTheVersionsSentToThemUntilTheyApproveThem_X4() throws Exception {
        String name = Names.unique("Worklist ");
        ProcessorView processor = processor(name, TODAY.plusYears(1), ProcessorCondition.values());
        long organisationId = processor.organisationId();
        AgreementView proposed = last(Callers.as(Role.HR, () -> processors.proposeAgreement(organisationId,
                agreement(EnumSet.allOf(AgreementTerm.class)))));
        long before = Callers.as(Role.DPM, () -> processors.awaitingApproval(0, 1)).total();
        AgreementView sent = last(Callers.as(Role.HR, () -> processors.submitAgreement(organisationId,
                proposed.id(), proposed.version())));

        Page<AgreementAwaiting> awaiting = Callers.as(Role.DPM, () -> processors.awaitingApproval((int) before, 5));
        assertEquals(before + 1, awaiting.total());
        assertEquals(List.of(name), awaiting.rows().stream().map(AgreementAwaiting::organisationName).toList(),
                "the version sent last is listed last");
        assertEquals(List.of(sent.id()), awaiting.rows().stream().map(AgreementAwaiting::agreementId).toList());
        assertEquals(organisationId, awaiting.rows().get(0).organisationId());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> processors.awaitingApproval(0, 5)));

        Callers.as(Role.DPM, () -> processors.approveAgreement(organisationId, sent.id(), sent.version(), null));
        assertEquals(before, Callers.as(Role.DPM, () -> processors.awaitingApproval(0, 1)).total());
    }

    @Test
    void anOrganisationNotRecordedAsAProcessorIsReadAsNone_X4() throws Exception {
        long notOne = organisation(Names.unique("Stationer "));
        ProcessorView processor = processor(Names.unique("Mailer "), TODAY.plusYears(1));

        assertTrue(Callers.as(Role.HR, () -> processors.processorOf(notOne)).isEmpty());
        assertEquals(processor.version(), Callers.as(Role.DPM, () -> processors.processorOf(
                processor.organisationId())).orElseThrow().version());
    }
}
