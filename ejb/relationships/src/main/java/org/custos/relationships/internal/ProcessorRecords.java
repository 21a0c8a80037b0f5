package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.custos.domain.relationships.AgreementVersion;
import org.custos.domain.relationships.ConditionEvidence;
import org.custos.domain.relationships.Processor;
import org.custos.domain.relationships.SubProcessor;
import org.custos.security.api.AccessRefused;

/**
 * How the processor register loads a processor, its sub-processors, the evidence of its conditions and its
 * agreement's versions.
 */
@Dependent
class ProcessorRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Optional<Processor> processorOf(long organisationId) {
        return em.createQuery("select p from Processor p where p.organisationId = :organisation", Processor.class)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    Processor processor(long organisationId) {
        return processorOf(organisationId).orElseThrow(
                () -> new AccessRefused("This organisation is not recorded as a processor."));
    }

    List<ConditionEvidence> evidenceOf(long processorId) {
        return em.createQuery("select e from ConditionEvidence e where e.processorId = :processor",
                ConditionEvidence.class).setParameter("processor", processorId).getResultList();
    }

    List<SubProcessor> subProcessorsOf(long processorId) {
        return em.createQuery("select s from SubProcessor s where s.processorId = :processor order by s.id",
                SubProcessor.class).setParameter("processor", processorId).getResultList();
    }

    List<AgreementVersion> agreementsOf(long processorId) {
        return em.createQuery("select a from AgreementVersion a where a.processorId = :processor order by a.number",
                AgreementVersion.class).setParameter("processor", processorId).getResultList();
    }

    AgreementVersion agreement(Processor processor, long agreementId) {
        AgreementVersion agreement = em.find(AgreementVersion.class, agreementId);
        if (agreement == null || agreement.processorId() != processor.id()) {
            throw new AccessRefused("There is no such agreement for this processor.");
        }
        return agreement;
    }
}
