package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.relationships.Organisation;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.holds.api.DisclosureRecipients;

/**
 * The organisations of the register as recipients of disclosures, for protection's disclosure log (D5, X4): named as
 * they are now, and a processor receives personal data only under a version of its agreement the DPM approved that
 * has not ended.
 */
@Dependent
public class OrganisationRecipients implements DisclosureRecipients {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ProcessorRecords processors;

    @Inject
    ComplianceCalendar calendar;

    @Override
    public Optional<String> name(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId)).map(Organisation::name);
    }

    @Override
    public Optional<String> refusal(long organisationId) {
        LocalDate today = calendar.today();
        return processors.processorOf(organisationId).flatMap(processor -> AgreementStates.disclosureRefusal(
                name(organisationId).orElseThrow(), processors.agreementsOf(processor.id()).stream().anyMatch(
                        agreement -> AgreementStates.coversDisclosure(agreement.state(), agreement.endsOn(), today))));
    }
}
