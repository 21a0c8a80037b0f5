package org.custos.relationships.internal;

import org.custos.protection.consent.api.ConsentLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.relationships.ServiceRecord;
import org.custos.domain.shared.DataContext;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import java.util.Set;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;

/**
 * The relationships context's part of the personal-data SPI: a person's contact roles at organisations and the
 * services provided for them; erasure that removes their contact roles and keeps the records of services provided
 * (R4's exception) without naming them; the contacts of relationships ended longer ago than R4's period, due for
 * review.
 */
@ApplicationScoped
public class RelationshipsDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.RELATIONSHIPS.key();

    @Inject
    ConsentLedger consents;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ContactCorrections corrections;

    @Inject
    ComplianceCalendar calendar;

    @Override
    public DataContext context() {
        return DataContext.RELATIONSHIPS;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return RelationshipsRetention.RULES;
    }

    /** The contacts of organisations and the people named on the services provided. */
    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Work contact details (role, email, telephone)", "Marketing bases",
                "Services provided"), Set.of(), "select subject_id from rel_contact"
                        + " union select contact_subject_id from rel_service where contact_subject_id is not null");
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        List<DataItem> items = new ArrayList<>();
        for (OrganisationContact contact : contactsOf(subjectId)) {
            items.add(new Fields().about("You as our contact at an organisation")
                    .add("Organisation", organisation(contact).name()).add("As", contact.kind().contactLabel())
                    .add("Role", contact.role()).add("Work email", contact.workEmail())
                    .add("Work phone", contact.workPhone()).add("From", contact.startsOn())
                    .add("Until", contact.endsOn())
                    .add("Marketing basis", contact.marketingBasis() == null ? null : contact.marketingBasis().label())
                    .add("Similar offers", contact.similarOffer())
                    .add("Opted out on", contact.marketingWithdrawnOn())
                    .item("OrganisationContact", Long.toString(contact.id())));
        }
        for (ServiceRecord service : servicesFor(subjectId)) {
            items.add(new Fields().about("A service provided for you")
                    .add("Organisation", em.find(Organisation.class, service.organisationId()).name())
                    .add("What", service.description()).add("When", service.providedOn())
                    .item("ServiceRecord", Long.toString(service.id())));
        }
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        List<String> kept = new ArrayList<>();
        long services = servicesFor(subjectId).size();
        if (services > 0) {
            kept.add(services + (services == 1 ? " record" : " records") + " of services provided, kept as a"
                    + " record of the organisation's business, no longer name you.");
        }
        int erased = em.createQuery("update ServiceRecord v set v.contactSubjectId = null"
                + " where v.contactSubjectId = :subject").setParameter("subject", subjectId).executeUpdate();
        erased += consents.eraseFor(CONTEXT, contactsOf(subjectId).stream().map(OrganisationContact::id).toList());
        erased += em.createQuery("delete from OrganisationContact c where c.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        em.flush();
        return new ErasureOutcome(CONTEXT, erased, kept);
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return corrections.correctable(contactsOf(subjectId));
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return this.corrections.rectify(contactsOf(subjectId), corrections);
    }

    /** Restriction is the register's state (D6); the facade refuses to use a restricted person while it stands. */
    @Override
    public void restrict(long subjectId, boolean restricted) {
        // nothing of its own to mark
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        List<RetentionItem> due = new ArrayList<>();
        Period period = calendar.retentionPeriod(RelationshipsRetention.CONTACTS);
        for (Object[] row : em.createQuery("select c, o.relationshipEnd from OrganisationContact c,"
                + " RelationshipOrganisation o"
                + " where o.id = c.organisationId and o.relationshipEnd is not null order by c.id", Object[].class)
                .getResultList()) {
            OrganisationContact contact = (OrganisationContact) row[0];
            LocalDate ended = (LocalDate) row[1];
            RelationshipsRetention.reviewOn(ended, period).filter(on -> !on.isAfter(asOf))
                    .ifPresent(on -> due.add(new RetentionItem(CONTEXT, "OrganisationContact",
                            Long.toString(contact.id()), contact.subjectId(), on,
                            RelationshipsRetention.CONTACTS.key(), RelationshipsRetention.CONTACTS.reason(ended))));
        }
        return due;
    }

    private Organisation organisation(OrganisationContact contact) {
        return em.find(Organisation.class, contact.organisationId());
    }

    private List<OrganisationContact> contactsOf(long subjectId) {
        return em.createQuery("select c from OrganisationContact c where c.subjectId = :subject order by c.id",
                OrganisationContact.class).setParameter("subject", subjectId).getResultList();
    }

    private List<ServiceRecord> servicesFor(long subjectId) {
        return em.createQuery("select v from ServiceRecord v where v.contactSubjectId = :subject order by v.id",
                ServiceRecord.class).setParameter("subject", subjectId).getResultList();
    }
}
