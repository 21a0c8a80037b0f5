package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.ApplicationEvent;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.recruitment.Reference;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/**
 * The recruitment records the facades share, found with hiring managers' need to know applied (X1): a hiring
 * manager reaches a campaign, and its applications, only when named on it.
 */
@Dependent
class RecruitmentRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    Campaign campaign(long campaignId, RecruitmentCaller caller) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new AccessRefused("There is no such campaign.");
        }
        if (!caller.seesAll() && !campaign.hiringManagers().contains(caller.name())) {
            throw new AccessRefused("You are not a hiring manager of this campaign: its applicants are shown only "
                    + "to the people who need to know.");
        }
        return campaign;
    }

    Application application(long applicationId, RecruitmentCaller caller) {
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.anonymisedAt() != null) {
            throw new AccessRefused("There is no such application.");
        }
        campaign(application.campaignId(), caller);
        return application;
    }

    /** The application, to be changed: refused while the applicant's data is restricted (D6). */
    Application changeable(long applicationId, RecruitmentCaller caller) {
        Application application = application(applicationId, caller);
        unrestricted(application.subjectId());
        return application;
    }

    /** The application as of {@code version}, still open, to be changed. */
    Application openApplication(long applicationId, long version, RecruitmentCaller caller) {
        Application application = changeable(applicationId, caller);
        requireVersion(application, version);
        return requireOpen(application);
    }

    static void requireVersion(Application application, long version) {
        ConcurrentChange.check(application.version(), version, "This application");
    }

    private static Application requireOpen(Application application) {
        AfterHire.ended(application.status()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        return application;
    }

    /**
     * The application, to be added to (documents, assessments): open, or hired and changed by HR or with HR's
     * leave for its hiring managers ({@link AfterHire}).
     */
    Application amendable(long applicationId, RecruitmentCaller caller) {
        Application application = changeable(applicationId, caller);
        AfterHire.refusal(application.status(), caller.hiringManagerOnly(), application.managersMayChange())
                .ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        return application;
    }

    List<Reference> references(long applicationId) {
        return em.createQuery("select r from Reference r where r.applicationId = :id order by r.requestedOn, r.id",
                Reference.class).setParameter("id", applicationId).getResultList();
    }

    long assessments(long applicationId) {
        return em.createQuery("select count(a) from Assessment a where a.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    ApplicationWorkflow.Facts facts(Application application) {
        return new ApplicationWorkflow.Facts((int) assessments(application.id()),
                CheckList.missing(application, references(application.id())),
                em.find(FinalOffer.class, application.id()) != null);
    }

    /** Moves the application after the workflow allowed it, and writes the step into its timeline. */
    void move(Application application, ApplicationStatus to, String note, RecruitmentCaller caller) {
        ApplicationWorkflow.refusal(application.status(), to, facts(application), caller.hiringManagerOnly())
                .ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        LocalDateTime now = calendar.now();
        ApplicationStatus from = application.status();
        if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) {
            application.close(to, note, now);
        } else {
            application.moveTo(to, now);
        }
        em.persist(new ApplicationEvent(application.id(), now, caller.name(), from, to, note));
    }

    LocalDateTime now() {
        return calendar.now();
    }

    /**
     * The rows of {@code type} (an entity with an {@code applicationId}) of each of the applications, in one query:
     * by application, in the order of {@code order} (a JPQL path of {@code x}).
     */
    <T> Map<Long, List<T>> ofApplications(Class<T> type, String order, Collection<Long> applicationIds,
            ToLongFunction<T> application) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.applicationId in :ids"
                + " order by " + order, type).setParameter("ids", applicationIds).getResultStream()
                .collect(Collectors.groupingBy(application::applyAsLong, LinkedHashMap::new, Collectors.toList()));
    }

    /** "Given Family" of each of the people found, in one query. */
    Map<Long, String> names(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.id, s.givenNames, s.familyName from DataSubject s where s.id in :ids",
                Object[].class).setParameter("ids", subjectIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row[1] + " " + row[2]));
    }

    /** "Given Family", or null for nobody. */
    String name(Long subjectId) {
        DataSubject subject = subjectId == null ? null : em.find(DataSubject.class, subjectId);
        return subject == null ? null : subject.givenNames() + " " + subject.familyName();
    }

    /** Whether the person's data is restricted (D6). */
    boolean restricted(Long subjectId) {
        DataSubject subject = subjectId == null ? null : em.find(DataSubject.class, subjectId);
        return subject != null && subject.restricted();
    }

    /** A person a change uses (applicant, referee, emergency contact): in the register and not restricted (D6). */
    DataSubject unrestricted(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            throw new RequestRefused("There is no such person in the register.");
        }
        if (subject.restricted()) {
            throw AccessRefused.restricted();
        }
        return subject;
    }
}
