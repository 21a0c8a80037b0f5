package org.custos.relationships.internal;

import jakarta.inject.Inject;
import java.util.Map;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.MarketingBasis;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.OrganisationView.ContactView;
import org.custos.relationships.api.OrganisationView.MarketingView;
import org.custos.relationships.api.OrganisationView.ServiceView;

/** An organisation's page: one statement for its contacts with their names, one for its services. */
@Dependent
class OrganisationViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The name the consent ledger knows the contexts' consents by (the contact is the record). */
    static final String CONTEXT = DataContext.RELATIONSHIPS.key();

    @Inject
    ConsentLedger consents;

    OrganisationView view(Organisation organisation) {
        List<Object[]> rows = em.createQuery("select c, s.givenNames, s.familyName from OrganisationContact c,"
                + " DataSubject s where s.id = c.subjectId and c.organisationId = :organisation"
                + " order by s.familyName, s.givenNames, c.id", Object[].class)
                .setParameter("organisation", organisation.id()).getResultList();
        Map<Long, ConsentView> consented = consents.latestFor(CONTEXT, ConsentLedger.MARKETING, rows.stream()
                .map(row -> ((OrganisationContact) row[0]).id()).toList());
        List<ContactView> contacts = rows.stream().map(row -> {
                    OrganisationContact contact = (OrganisationContact) row[0];
                    return new ContactView(contact.id(), contact.version(), contact.subjectId(),
                            row[1] + " " + row[2], contact.kind(), contact.role(), contact.workEmail(),
                            contact.workPhone(), contact.startsOn(), contact.endsOn(),
                            marketing(contact, consented.get(contact.id())));
                }).toList();
        List<ServiceView> services = em.createQuery("select v.id, v.description, v.providedOn, v.contactSubjectId,"
                + " s.givenNames, s.familyName from ServiceRecord v"
                + " left join DataSubject s on s.id = v.contactSubjectId"
                + " where v.organisationId = :organisation order by v.providedOn desc, v.id desc", Object[].class)
                .setParameter("organisation", organisation.id()).getResultStream()
                .map(row -> new ServiceView((Long) row[0], (String) row[1], (LocalDate) row[2], (Long) row[3],
                        row[4] == null ? null : row[4] + " " + row[5]))
                .toList();
        return new OrganisationView(organisation.id(), organisation.version(), organisation.name(),
                organisation.kinds(), organisation.registrationNumber(), organisation.address(),
                organisation.website(), organisation.relationshipStart(), organisation.relationshipEnd(),
                organisation.status(), organisation.notes(), contacts, services);
    }

    /** The contact's basis; for consent, the ledger's latest consent taken with the contact. */
    private static MarketingView marketing(OrganisationContact contact, ConsentView consent) {
        if (contact.marketingBasis() == null) {
            return null;
        }
        if (contact.marketingBasis() == MarketingBasis.CONSENT && consent != null) {
            return new MarketingView(MarketingBasis.CONSENT, consent.noticeVersionId(), consent.wording(),
                    consent.method(), consent.givenOn(), null, consent.recordedBy(), consent.withdrawnOn(),
                    consent.withdrawalRecordedBy());
        }
        return new MarketingView(contact.marketingBasis(), null, null, null, null, contact.similarOffer(),
                contact.marketingRecordedBy(), contact.marketingWithdrawnOn(), contact.marketingWithdrawnBy());
    }
}
