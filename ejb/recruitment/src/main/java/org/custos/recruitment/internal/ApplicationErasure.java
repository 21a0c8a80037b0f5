package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.recruitment.ApplicantDocument;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.recruitment.Reference;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.domain.shared.Anonymity;
import org.custos.protection.calendar.api.ComplianceCalendar;

/**
 * The one anonymisation of an application (R7), used by every path: a rights request's erasure, a hired applicant's
 * application erased with the staff file, and retention's anonymisation at the end of an unsuccessful applicant's
 * period. What hangs on the application is deleted, and so are its events (their times and actors would date and
 * link it, and no count needs them); the application keeps its campaign, status and kind of source, with the day
 * it was received coarsened ({@link Application#anonymise}).
 *
 * <p>The k-check ({@link Anonymity}): the group is the campaign's applications with the same status and kind of
 * source received in the same month (or, failing {@code k} of them, the same year). It counts the campaign's
 * applications whether or not they are anonymised yet, and not only those already anonymised: a campaign's
 * applications fall due together (the same close, the same period) and are anonymised one by one, so counting only
 * those already done would find the first {@code k - 1} of every group alone and destroy them, and no count would
 * survive. The rows still naming their person are the same group's future anonymised rows; the released set, the
 * anonymised rows, is what they become. An application kept to the year is not counted in a month's group (it
 * cannot be placed in one) but is in its year's. When even the year's group holds fewer than {@code k} people,
 * the application is destroyed instead, with its events.
 */
@Dependent
class ApplicationErasure {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RecruitmentRecords records;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    ConsentLedger consents;

    /** What became of one application, in words for the reviewer's evidence. */
    record Erased(boolean destroyed, String words) {
    }

    Erased erase(Application application) {
        deleteWhatHangsOn(application);
        Anonymity anonymity = new Anonymity(calendar.anonymityGroupSize());
        LocalDate received = application.receivedOn();
        Optional<Anonymity.Precision> precision = anonymity.precision(
                group(application, Anonymity.Precision.MONTH), group(application, Anonymity.Precision.YEAR));
        if (precision.isEmpty()) {
            destroyAlone(application);
            return new Erased(true, "Application " + application.id() + " was destroyed instead of anonymised:"
                    + " fewer than " + anonymity.k() + " applications to its campaign with the same status and"
                    + " source were received in " + received.getYear() + ", so what would stay of it could single"
                    + " its applicant out.");
        }
        application.anonymise(records.now(), precision.get());
        return new Erased(false, "Application " + application.id() + " was anonymised: it keeps its campaign,"
                + " status and kind of source, and the day it was received " + precision.get().label()
                + ", for counts.");
    }

    /**
     * Destroys the application outright, with everything on it (R1, R6: a reviewer's decision to destroy it rather
     * than keep it anonymised); the number of records that went.
     */
    int destroy(Application application) {
        int records = deleteWhatHangsOn(application);
        destroyAlone(application);
        return records + 1;
    }

    /** Its documents, assessments, references, emergency contacts, offer, consent and events; how many went. */
    private int deleteWhatHangsOn(Application application) {
        int records = 0;
        for (Class<?> type : List.of(ApplicantDocument.class, Assessment.class, Reference.class,
                EmergencyContact.class)) {
            List<?> rows = of(type, application.id());
            rows.forEach(em::remove);
            records += rows.size();
        }
        FinalOffer offer = em.find(FinalOffer.class, application.id());
        if (offer != null) {
            em.remove(offer);
            records++;
        }
        em.flush();
        records += consents.eraseFor(ApplicationViews.CONTEXT, List.of(application.id()));
        return records + em.createQuery("delete from ApplicationEvent e where e.applicationId = :id")
                .setParameter("id", application.id()).executeUpdate();
    }

    private void destroyAlone(Application application) {
        em.flush(); // what refers to the application (a pending hire being removed) goes first
        em.remove(application);
        em.flush();
    }

    /**
     * The campaign's applications (this one among them) that share what stays of it once its received day is
     * kept to the month or the year; those kept to the year are in no month's group.
     */
    private long group(Application application, Anonymity.Precision precision) {
        LocalDate from = precision.coarsen(application.receivedOn());
        LocalDate to = precision == Anonymity.Precision.MONTH ? from.plusMonths(1) : from.plusYears(1);
        boolean month = precision == Anonymity.Precision.MONTH;
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a where a.campaignId = :campaign"
                + " and a.status = :status and a.source = :source and a.receivedOn >= :from and a.receivedOn < :to"
                + (month ? " and (a.receivedPrecision is null or a.receivedPrecision = :month)" : ""), Long.class)
                .setParameter("campaign", application.campaignId()).setParameter("status", application.status())
                .setParameter("source", application.source()).setParameter("from", from).setParameter("to", to);
        if (month) {
            count.setParameter("month", Anonymity.Precision.MONTH);
        }
        return count.getSingleResult();
    }

    /** The records of one kind that hang on an application. */
    <T> List<T> of(Class<T> type, long applicationId) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.applicationId = :id"
                + " order by x.id", type).setParameter("id", applicationId).getResultList();
    }
}
