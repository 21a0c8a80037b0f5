package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.recruitment.ApplicantDocument;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.recruitment.Reference;
import org.custos.domain.recruitment.TalentPoolConsent;

/**
 * How an application is erased (R7), by the recruitment holder and, for a hired one, with its staff file: what it
 * holds is deleted, its events lose their notes, and the application is anonymised so that the counts stay.
 */
@Dependent
class ApplicationErasure {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RecruitmentRecords records;

    void erase(Application application) {
        for (Class<?> type : List.of(ApplicantDocument.class, Assessment.class, Reference.class,
                EmergencyContact.class)) {
            of(type, application.id()).forEach(em::remove);
        }
        for (Class<?> type : List.of(FinalOffer.class, TalentPoolConsent.class)) {
            Object row = em.find(type, application.id());
            if (row != null) {
                em.remove(row);
            }
        }
        em.createQuery("update ApplicationEvent e set e.note = null where e.applicationId = :id")
                .setParameter("id", application.id()).executeUpdate();
        application.anonymise(records.now());
    }

    /** The records of one kind that hang on an application. */
    <T> List<T> of(Class<T> type, long applicationId) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.applicationId = :id"
                + " order by x.id", type).setParameter("id", applicationId).getResultList();
    }
}
