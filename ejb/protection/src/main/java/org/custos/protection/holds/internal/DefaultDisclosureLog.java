package org.custos.protection.holds.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.protection.Disclosure;
import org.custos.domain.protection.Purpose;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.holds.api.DisclosureView;

/** A person's disclosures (D5, D6), for the facade and for the register's holder (export, erasure). */
@ApplicationScoped
public class DefaultDisclosureLog implements DisclosureLog {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<DisclosureView> of(long subjectId) {
        return em.createQuery("select d, p.name from Disclosure d, Purpose p where p.id = d.purposeId"
                + " and d.subjectId = :subject order by d.disclosedOn desc, d.id desc", Object[].class)
                .setParameter("subject", subjectId).getResultStream()
                .map(row -> view((Disclosure) row[0], (String) row[1])).toList();
    }

    @Override
    public int erase(long subjectId) {
        List<Disclosure> disclosures = em.createQuery("select d from Disclosure d where d.subjectId = :subject",
                Disclosure.class).setParameter("subject", subjectId).getResultList();
        disclosures.forEach(em::remove);
        em.flush();
        return disclosures.size();
    }

    DisclosureView view(Disclosure disclosure, Purpose purpose) {
        return view(disclosure, purpose.name());
    }

    private static DisclosureView view(Disclosure disclosure, String purposeName) {
        return new DisclosureView(disclosure.id(), disclosure.subjectId(), disclosure.recipient(),
                disclosure.disclosed(), disclosure.purposeId(), purposeName, disclosure.disclosedOn(),
                disclosure.recordedBy(), disclosure.recordedAt());
    }
}
