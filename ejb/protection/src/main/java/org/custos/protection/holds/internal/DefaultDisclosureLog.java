package org.custos.protection.holds.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.protection.Disclosure;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.Page;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.holds.api.DisclosureView;

/**
 * A person's disclosures (D5, D6), for the facade, the register's holder (export, erasure) and the rights actions
 * (whom to tell); an organisation's, paged in SQL; and the recipients of every purpose, for the record of processing.
 */
@ApplicationScoped
public class DefaultDisclosureLog implements DisclosureLog {

    private static final String WITH_NAMES = "select d, p.name, s.givenNames, s.familyName"
            + " from Disclosure d, Purpose p, DataSubject s where p.id = d.purposeId and s.id = d.subjectId";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Recipients recipients;

    @Override
    public List<DisclosureView> of(long subjectId) {
        return em.createQuery(WITH_NAMES + " and d.subjectId = :subject order by d.disclosedOn desc, d.id desc",
                Object[].class).setParameter("subject", subjectId).getResultStream()
                .map(this::view).toList();
    }

    @Override
    public int erase(long subjectId) {
        List<Disclosure> disclosures = em.createQuery("select d from Disclosure d where d.subjectId = :subject",
                Disclosure.class).setParameter("subject", subjectId).getResultList();
        disclosures.forEach(em::remove);
        em.flush();
        return disclosures.size();
    }

    @Override
    public Map<Long, List<RecipientTimes>> recipientsByPurpose() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select purpose_id, recipient, count(*) from prot_disclosure"
                + " group by purpose_id, recipient order by purpose_id, recipient").getResultList();
        Map<Long, List<RecipientTimes>> byPurpose = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byPurpose.computeIfAbsent(((Number) row[0]).longValue(), purpose -> new ArrayList<>())
                    .add(new RecipientTimes((String) row[1], ((Number) row[2]).longValue()));
        }
        return byPurpose;
    }

    Page<DisclosureView> toOrganisation(long organisationId, int first, int pageSize) {
        List<DisclosureView> rows = em.createQuery(WITH_NAMES + " and d.organisationId = :organisation"
                + " order by d.disclosedOn desc, d.id desc", Object[].class)
                .setParameter("organisation", organisationId).setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(this::view).toList();
        long total = em.createQuery("select count(d) from Disclosure d where d.organisationId = :organisation",
                Long.class).setParameter("organisation", organisationId).getSingleResult();
        return new Page<>(rows, total);
    }

    DisclosureView view(Disclosure disclosure, Purpose purpose, DataSubject subject) {
        return view(disclosure, purpose.name(), subject.givenNames() + " " + subject.familyName());
    }

    private DisclosureView view(Object[] row) {
        return view((Disclosure) row[0], (String) row[1], row[2] + " " + row[3]);
    }

    private DisclosureView view(Disclosure disclosure, String purposeName, String subjectName) {
        return new DisclosureView(disclosure.id(), disclosure.subjectId(), subjectName,
                recipients.told(disclosure.organisationId(), disclosure.recipient()), disclosure.organisationId(),
                disclosure.disclosed(), disclosure.purposeId(), purposeName, disclosure.disclosedOn(),
                disclosure.recordedBy(), disclosure.recordedAt());
    }
}
