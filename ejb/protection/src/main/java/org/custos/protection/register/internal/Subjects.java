package org.custos.protection.register.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.custos.domain.subject.DataSubject;
import org.custos.domain.subject.PostalAddress;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.security.api.AccessRefused;

/** Loads people from the register and turns them into the API's records. */
@ApplicationScoped
public class Subjects implements RegisteredPeople {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public DataSubject byId(long id) {
        DataSubject subject = em.find(DataSubject.class, id);
        if (subject == null) {
            throw new AccessRefused("There is no person with that reference in the register.");
        }
        return subject;
    }

    @Override
    public DataSubject unrestricted(long id) {
        DataSubject subject = byId(id);
        if (subject.restricted()) {
            throw AccessRefused.restricted();
        }
        return subject;
    }

    @Override
    public List<Long> withEmail(String email) {
        return em.createQuery("select distinct s.id from DataSubject s join s.emails e where e = :email"
                + " order by s.id", Long.class).setParameter("email", DataSubject.normalisedEmail(email))
                .getResultList();
    }

    static SubjectSummary summary(DataSubject subject) {
        return new SubjectSummary(subject.id(), subject.givenNames(), subject.familyName(), subject.dateOfBirth(),
                sorted(subject.emails()), subject.categories(), subject.doNotContact());
    }

    static SubjectDetails details(DataSubject subject) {
        PostalAddress address = subject.address() == null ? new PostalAddress(null, null, null, null, null)
                : subject.address();
        SubjectForm data = new SubjectForm(subject.givenNames(), subject.familyName(), subject.dateOfBirth(),
                sorted(subject.emails()), subject.phone(), address.line1(), address.line2(), address.town(),
                address.postcode(), address.country(), subject.categories(), subject.doNotContact(),
                subject.doNotContactReason());
        return new SubjectDetails(subject.id(), subject.version(), data, subject.doNotContactSince(),
                subject.restricted(), subject.createdAt(), subject.createdBy(), subject.updatedAt(),
                subject.updatedBy());
    }

    private static List<String> sorted(Set<String> emails) {
        return emails.stream().sorted().toList();
    }
}
