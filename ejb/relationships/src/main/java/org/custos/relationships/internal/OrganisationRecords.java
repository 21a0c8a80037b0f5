package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.subject.DataSubject;
import org.custos.security.api.AccessRefused;
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
