package org.custos.relationships.internal;

import jakarta.inject.Inject;
import java.util.Map;
import org.custos.domain.shared.MarketingBasis;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.MarketingContact;

/**
 * A marketing list of one kind of contact: one statement reads the contacts of that kind with a basis recorded (a
 * bounded set: the contacts someone recorded a basis for), {@code MarketingRules} decides whom it reaches.
 */
@Dependent
class MarketingList {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ConsentLedger consents;

    List<MarketingContact> of(OrganisationKind kind, LocalDate today) {
        List<Object[]> rows = em.createQuery("select c, s.givenNames, s.familyName, s.doNotContact, s.restricted, o.name, o.status"
                + " from OrganisationContact c, DataSubject s, RelationshipOrganisation o where s.id = c.subjectId"
                + " and o.id = c.organisationId and c.kind = :kind and c.marketingBasis is not null"
                + " order by o.name, s.familyName, s.givenNames, c.id", Object[].class)
                .setParameter("kind", kind).getResultList();
        Map<Long, ConsentView> consented = consents.latestFor(OrganisationViews.CONTEXT, ConsentLedger.MARKETING,
                rows.stream().map(row -> (OrganisationContact) row[0])
                        .filter(contact -> contact.marketingBasis() == MarketingBasis.CONSENT)
                        .map(OrganisationContact::id).toList());
        return rows.stream()
                .filter(row -> {
                    OrganisationContact contact = (OrganisationContact) row[0];
                    return MarketingRules.reaches((Boolean) row[3], (Boolean) row[4], contact.marketingBasis(),
                            withdrawnOn(contact, consented.get(contact.id())), contact.endsOn(),
                            (RelationshipStatus) row[6], today);
                })
                .map(row -> {
                    OrganisationContact contact = (OrganisationContact) row[0];
                    return new MarketingContact(contact.subjectId(), row[1] + " " + row[2], (String) row[5],
                            contact.kind(), contact.role(), contact.workEmail(), contact.workPhone(),
                            contact.marketingBasis());
                }).toList();
    }

    /**
     * When the basis stopped: for consent, its withdrawal on the ledger (a consent basis with no consent on the ledger
     * counts as withdrawn: it reaches nobody); for the soft opt-in, the opt-out.
     */
    private static LocalDate withdrawnOn(OrganisationContact contact, ConsentView consent) {
        if (contact.marketingBasis() == MarketingBasis.CONSENT) {
            return consent == null ? LocalDate.MIN : consent.withdrawnOn();
        }
        return contact.marketingWithdrawnOn();
    }
}
