package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.subject.DataSubject;
import org.custos.relationships.api.ContactRole;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/** How the relationships context loads its organisations, their contacts and the people they name. */
@Dependent
class OrganisationRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Organisation organisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new AccessRefused("There is no such organisation.");
        }
        return organisation;
    }

    List<OrganisationContact> contactsOf(long organisationId) {
        return em.createQuery("select c from OrganisationContact c where c.organisationId = :organisation"
                + " order by c.id", OrganisationContact.class).setParameter("organisation", organisationId)
                .getResultList();
    }

    /** The organisation's contact a change uses, as read at {@code version}. */
    OrganisationContact contact(long organisationId, long contactId, long version) {
        OrganisationContact contact = em.find(OrganisationContact.class, contactId);
        if (contact == null || contact.organisationId() != organisationId) {
            throw new AccessRefused("There is no such contact at this organisation.");
        }
        ConcurrentChange.check(contact.version(), version, "This contact");
        return contact;
    }

    /** A person's contact roles, a handful: the organisations they are a contact of, as which kind, and when. */
    List<ContactRole> rolesOf(long subjectId) {
        return em.createQuery("select new org.custos.relationships.api.ContactRole(o.id, o.name, c.kind, c.role,"
                + " c.startsOn, c.endsOn) from OrganisationContact c, RelationshipOrganisation o"
                + " where o.id = c.organisationId and c.subjectId = :subject order by o.name, c.id", ContactRole.class)
                .setParameter("subject", subjectId).getResultList();
    }

    /** A person a change uses: in the register and not restricted (D6). */
    void unrestricted(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            throw new RequestRefused("There is no such person in the register.");
        }
        if (subject.restricted()) {
            throw AccessRefused.restricted();
        }
    }
}
