package org.custos.recruitment.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.ApplicationEvent;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.DataContext;
import org.custos.protection.consent.api.ConsentDays;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.NoticeAudience;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.AssessmentView;
import org.custos.recruitment.api.DocumentView;
import org.custos.recruitment.api.RetentionDates;
import org.custos.recruitment.api.TalentPoolConsentView;

/**
 * Applications as the pages see them, with their notice (N2) as the ledger of notices given records it and retention
 * dates (R1) from the calendar.
 */
@Dependent
class ApplicationViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RecruitmentRecords records;

    @Inject
    ConsentLedger ledger;

    @Inject
    NoticeLedger notices;

    /** The name the ledger knows recruitment's consents by (the application is the record). */
    static final String CONTEXT = DataContext.RECRUITMENT.key();

    ApplicationView view(Application application, RecruitmentCaller caller) {
        Campaign campaign = em.find(Campaign.class, application.campaignId());
        ConsentView consent = talentPoolConsent(application.id());
        boolean restricted = records.restricted(application.subjectId());
        return new ApplicationView(application.id(), application.version(), campaign.id(), campaign.title(),
                campaign.jobRole(), application.subjectId(), records.name(application.subjectId()),
                restricted, application.source(), application.sourceName(),
                application.receivedOn(), notice(application),
                application.status(), application.closingReason(),
                ApplicationWorkflow.nextSteps(application.status(), records.facts(application),
                        caller.hiringManagerOnly()),
                retention(application, campaign, days(consent)), documents(application.id()),
                assessments(application.id()), consent == null ? null : consentView(consent),
                application.hiredOn(), application.startsOn(),
                !restricted && AfterHire.refusal(application.status(),
                        caller.hiringManagerOnly(), application.managersMayChange()).isEmpty(),
                application.managersMayChange() ? new ApplicationView.ManagersLeave(application.managerLeaveBy(),
                        application.managerLeaveAt()) : null, timeline(application.id()));
    }

    /**
     * A list's rows ({@code [Application, Campaign]}) as summaries, in a fixed number of statements however many:
     * the applicants' names and the talent-pool consents of them all, the retention settings once.
     */
    List<ApplicationSummary> summaries(List<Object[]> rows) {
        List<Application> applications = rows.stream().map(row -> (Application) row[0]).toList();
        Map<Long, String> names = records.names(applications.stream().map(Application::subjectId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, ConsentView> consents = ledger.latestFor(CONTEXT, ConsentLedger.TALENT_POOL,
                applications.stream().map(Application::id).toList());
        ApplicantRetention rules = retention();
        return rows.stream().map(row -> {
            Application application = (Application) row[0];
            Campaign campaign = (Campaign) row[1];
            return new ApplicationSummary(application.id(), campaign.id(), campaign.title(),
                    application.subjectId(), application.subjectId() == null ? null
                            : names.get(application.subjectId()), application.source(),
                    application.receivedOn(), application.status(), retention(rules, application, campaign,
                            days(consents.get(application.id()))).applicationReviewOn());
        }).toList();
    }

    RetentionDates retention(Application application, Campaign campaign, ConsentDays consent) {
        return retention(retention(), application, campaign, consent);
    }

    /** The dates under rules read once for many applications ({@link #retention()}). */
    static RetentionDates retention(ApplicantRetention rules, Application application, Campaign campaign,
            ConsentDays consent) {
        return rules.datesFor(application.status(), campaign.closesOn(),
                consent == null ? null : consent.givenOn(), consent == null ? null : consent.withdrawnOn());
    }

    /** The application's talent-pool consent on the ledger (L2), the latest if it was given again, or null. */
    ConsentView talentPoolConsent(long applicationId) {
        return ledger.latestFor(CONTEXT, ConsentLedger.TALENT_POOL, List.of(applicationId)).get(applicationId);
    }

    /** The days a talent-pool consent counts from (R1), or null without one. */
    static ConsentDays days(ConsentView consent) {
        return consent == null ? null : new ConsentDays(consent.recordId(), consent.givenOn(),
                consent.withdrawnOn());
    }

    /** The one row of a list holding at most one (a row keyed by its application), or null. */
    static <T> T first(List<T> rows) {
        return rows == null || rows.isEmpty() ? null : rows.get(0);
    }

    ApplicantRetention retention() {
        return new ApplicantRetention(calendar.retentionPeriod(ApplicantRetention.UNSUCCESSFUL_APPLICANT),
                calendar.retentionPeriod(ApplicantRetention.ASSESSMENT_MATERIAL),
                calendar.retentionPeriod(ApplicantRetention.TALENT_POOL));
    }

    /** The applicant's notice as the ledger records it for the application (N2), in two statements at most. */
    private ApplicationView.NoticeClock notice(Application application) {
        Optional<NoticeGivenView> recorded = application.subjectId() == null ? Optional.empty()
                : notices.forRecord(CONTEXT, application.id(), application.subjectId(),
                        NoticeAudience.JOB_APPLICANTS);
        if (recorded.isPresent()) {
            NoticeGivenView notice = recorded.get();
            String given = notice.owed() ? null : notice.noticeName() + ", " + (notice.givenBeforeVersions()
                    ? "given before versions were recorded" : notice.versionInWords().toLowerCase(Locale.UK) + ", "
                            + notice.howInWords().toLowerCase(Locale.UK));
            return new ApplicationView.NoticeClock(notice.dueOn(), notice.givenOn(),
                    calendar.daysLeft(notice.dueOn()), given);
        }
        if (application.source() == ApplicationSource.DIRECT || application.subjectId() == null) {
            return new ApplicationView.NoticeClock(null, null, 0, null);
        }
        LocalDate due = calendar.indirectNoticeDeadline(application.receivedOn());
        return new ApplicationView.NoticeClock(due, null, calendar.daysLeft(due), null);
    }

    List<DocumentView> documents(long applicationId) {
        return em.createQuery("select new org.custos.recruitment.api.DocumentView(d.id, d.kind, d.stored.fileName,"
                + " d.stored.mediaType, d.stored.sizeBytes, d.stored.sha256, d.stored.uploadedBy, d.stored.uploadedAt)"
                + " from ApplicantDocument d where d.applicationId = :id order by d.stored.uploadedAt, d.id",
                DocumentView.class)
                .setParameter("id", applicationId).getResultList();
    }

    List<AssessmentView> assessments(long applicationId) {
        return em.createQuery("select a from Assessment a where a.applicationId = :id order by a.heldOn, a.id",
                Assessment.class).setParameter("id", applicationId).getResultStream().map(ApplicationViews::view)
                .toList();
    }

    static AssessmentView view(Assessment assessment) {
        return new AssessmentView(assessment.id(), assessment.kind(), assessment.heldOn(), assessment.assessor(),
                assessment.notes(), assessment.score(), assessment.recordedBy(), assessment.recordedAt());
    }

    static TalentPoolConsentView consentView(ConsentView consent) {
        return new TalentPoolConsentView(consent.id(), consent.version(), consent.noticeVersionId(),
                consent.wording(), consent.method(), consent.givenOn(), consent.recordedBy(),
                consent.withdrawalMethod(), consent.withdrawnOn(), consent.withdrawalRecordedBy());
    }

    private List<ApplicationView.TimelineEntry> timeline(long applicationId) {
        return em.createQuery("select e from ApplicationEvent e where e.applicationId = :id"
                + " order by e.happenedAt, e.id", ApplicationEvent.class).setParameter("id", applicationId)
                .getResultStream().map(event -> new ApplicationView.TimelineEntry(event.happenedAt(), event.actor(),
                        event.fromStatus(), event.toStatus(), event.note()))
                .toList();
    }
}
