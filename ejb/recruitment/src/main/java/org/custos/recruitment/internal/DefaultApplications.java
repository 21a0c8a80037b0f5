package org.custos.recruitment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.recruitment.ApplicantDocument;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.ApplicationEvent;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.DocumentKind;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SearchText;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.letters.api.LetterFile;
import org.custos.protection.letters.api.LetterWriter;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.recruitment.api.ApplicantHired;
import org.custos.recruitment.api.ApplicantLetter;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationQuery;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.DocumentFile;
import org.custos.recruitment.api.Rejection;
import org.custos.recruitment.api.TalentPoolConsentForm;
import org.custos.domain.shared.ConsentMethod;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultApplications implements Applications {

    private static final String RECORD = "Application";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RecruitmentRecords records;

    @Inject
    ApplicationViews views;

    @Inject
    ConsentLedger consents;

    @Inject
    NoticeLedger noticesOwed;

    @Inject
    Event<ApplicantHired> hired;

    @EJB
    PeopleRegister register;

    @Inject
    LetterWriter letters;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ApplicationView receive(ApplicationForm form) {
        RecruitmentCaller caller = caller();
        Campaign campaign = records.campaign(form.campaignId(), caller);
        long subjectId = form.applicant().idIn(register);
        records.unrestricted(subjectId);
        if (form.receivedOn().isBefore(campaign.opensOn())) {
            throw new RequestRefused("The campaign opens on " + OrganisationTime.DAY.format(campaign.opensOn())
                    + ": an application cannot be received before.");
        }
        boolean applied = em.createQuery("select count(a) from Application a where a.campaignId = :campaign"
                + " and a.subjectId = :subject", Long.class).setParameter("campaign", campaign.id())
                .setParameter("subject", subjectId).getSingleResult() > 0;
        if (applied) {
            throw new RequestRefused("This person has already applied to this campaign.");
        }
        Application application = new Application(campaign.id(), subjectId, form.source(),
                form.sourceName() == null || form.sourceName().isBlank() ? null : form.sourceName().trim(),
                form.receivedOn(), caller.name(), calendar.now());
        em.persist(application);
        em.flush();
        em.persist(new ApplicationEvent(application.id(), calendar.now(), caller.name(), null,
                ApplicationStatus.RECEIVED, null));
        register.addCategory(subjectId, SubjectCategory.JOB_APPLICANT);
        ApplicantNotice.record(noticesOwed, application);
        return views.view(application, caller);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(record = RECORD)
    public ApplicationView application(long applicationId) {
        RecruitmentCaller caller = caller();
        return views.view(records.application(applicationId, caller), caller);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<ApplicationSummary> search(ApplicationQuery query) {
        RecruitmentCaller caller = caller();
        List<String> conditions = new ArrayList<>(List.of("a.anonymisedAt is null", "c.id = a.campaignId",
                "s.id = a.subjectId"));
        if (caller.hiringManagerOnly()) {
            conditions.add(":me member of c.hiringManagers");
        }
        if (query.campaignId() != null) {
            conditions.add("a.campaignId = :campaign");
        }
        if (query.status() != null) {
            conditions.add("a.status = :status");
        }
        if (query.name() != null && !query.name().isBlank()) {
            conditions.add("s.searchName like :name" + SearchText.ESCAPE);
        }
        String from = " from Application a, Campaign c, DataSubject s where " + String.join(" and ", conditions);
        TypedQuery<Object[]> rows = em.createQuery("select a, c" + from + " order by a.receivedOn desc, a.id desc",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + from, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (caller.hiringManagerOnly()) {
                q.setParameter("me", caller.name());
            }
            if (query.campaignId() != null) {
                q.setParameter("campaign", query.campaignId());
            }
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.name() != null && !query.name().isBlank()) {
                q.setParameter("name", SearchText.anywhere(SearchText.folded(query.name())));
            }
        }
        List<ApplicationSummary> page = views.summaries(rows.setFirstResult(query.first())
                .setMaxResults(query.pageSize()).getResultList());
        return new Page<>(page, count.getSingleResult());
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<ApplicationSummary> historyOf(long subjectId) {
        return views.summaries(em.createQuery("select a, c from Application a, Campaign c where c.id = a.campaignId"
                + " and a.subjectId = :subject order by a.receivedOn desc, a.id desc", Object[].class)
                .setParameter("subject", subjectId).getResultList());
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView move(long applicationId, long version, ApplicationStatus to, String note) {
        if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN || to == ApplicationStatus.HIRED) {
            throw new RequestRefused("Use " + (to == ApplicationStatus.HIRED ? "Hire" : to == ApplicationStatus.REJECTED
                    ? "Reject" : "Withdraw") + " for this step: it records more than the status.");
        }
        RecruitmentCaller caller = caller();
        Application application = records.openApplication(applicationId, version, caller);
        records.move(application, to, Texts.blankToNull(note), caller);
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView reject(long applicationId, long version, Rejection rejection) {
        RecruitmentCaller caller = caller();
        Application application = records.openApplication(applicationId, version, caller);
        records.move(application, ApplicationStatus.REJECTED, rejection.reason().trim(), caller);
        application.closingReasonTold(rejection.reasonMayBeTold());
        TalentPoolConsentForm consent = rejection.talentPoolConsent();
        if (consent != null) {
            consents.record(new ConsentForm(application.subjectId(), ConsentLedger.TALENT_POOL,
                    consent.noticeVersionId(), consent.wording(), consent.method(), consent.givenOn(), null,
                    consent.evidenceDocument(), consent.agreed()), ApplicationViews.CONTEXT, application.id());
        }
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView withdraw(long applicationId, long version, String reason) {
        RecruitmentCaller caller = caller();
        Application application = records.openApplication(applicationId, version, caller);
        records.move(application, ApplicationStatus.WITHDRAWN, Texts.blankToNull(reason), caller);
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView noticeGiven(long applicationId, long version, LocalDate on) {
        RecruitmentCaller caller = caller();
        Application application = records.changeable(applicationId, caller);
        RecruitmentRecords.requireVersion(application, version);
        if (on.isBefore(application.receivedOn())) {
            throw new RequestRefused("The notice cannot be given before the application was received.");
        }
        if (noticesOwed.givenIssued(application.subjectId(), NoticeAudience.JOB_APPLICANTS, on, NoticeMethod.EMAIL)
                .isEmpty()) {
            throw new RequestRefused("The privacy notice for job applicants has no issued version yet: the data"
                    + " protection manager issues one before it is recorded as given.");
        }
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView withdrawTalentPoolConsent(long applicationId, long version, ConsentMethod how) {
        RecruitmentCaller caller = caller();
        Application application = records.changeable(applicationId, caller);
        RecruitmentRecords.requireVersion(application, version);
        ConsentView consent = views.talentPoolConsent(applicationId);
        if (consent == null || !consent.inForce()) {
            throw new RequestRefused("There is no talent-pool consent in force to withdraw.");
        }
        consents.withdraw(consent.id(), consent.version(), new WithdrawalForm(how, calendar.today()));
        em.persist(new ApplicationEvent(application.id(), calendar.now(), caller.name(), application.status(),
                application.status(), "Talent-pool consent withdrawn"));
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView hire(long applicationId, long version, LocalDate startsOn) {
        RecruitmentCaller caller = caller();
        Application application = records.openApplication(applicationId, version, caller);
        records.move(application, ApplicationStatus.HIRED, null, caller);
        application.hired(calendar.today(), startsOn);
        em.flush();
        register.addCategory(application.subjectId(), SubjectCategory.STAFF);
        Campaign campaign = em.find(Campaign.class, application.campaignId());
        hired.fire(new ApplicantHired(application.id(), application.subjectId(), campaign.id(), campaign.jobRole(),
                application.hiredOn(), startsOn, em.createQuery("select e from EmergencyContact e"
                        + " where e.applicationId = :id order by e.id", EmergencyContact.class)
                        .setParameter("id", application.id()).getResultStream().map(EmergencyContact::subjectId)
                        .toList()));
        return views.view(application, caller);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView letManagersChange(long applicationId, long version) {
        return managersLeave(applicationId, version, true);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ApplicationView withdrawManagersLeave(long applicationId, long version) {
        return managersLeave(applicationId, version, false);
    }

    private ApplicationView managersLeave(long applicationId, long version, boolean give) {
        RecruitmentCaller caller = caller();
        Application application = records.changeable(applicationId, caller);
        RecruitmentRecords.requireVersion(application, version);
        AfterHire.leaveRefusal(application.status(), application.managersMayChange(), give).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        LocalDateTime now = calendar.now();
        if (give) {
            application.giveManagersLeave(caller.name(), now);
        } else {
            application.withdrawManagersLeave();
        }
        em.persist(new ApplicationEvent(application.id(), now, caller.name(), application.status(),
                application.status(), give ? "The hiring managers may change this application"
                        : "The hiring managers' leave to change this application withdrawn"));
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ApplicationView attach(long applicationId, DocumentKind kind, DocumentUpload upload) {
        RecruitmentCaller caller = caller();
        Application application = records.amendable(applicationId, caller);
        DocumentFacts facts;
        try {
            facts = DocumentFacts.of(upload.fileName(), upload.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
        ApplicantDocument document = new ApplicantDocument(application.id(), kind,
                new StoredDocument(facts, caller.name(), calendar.now()), upload.content());
        em.persist(document);
        em.flush();
        return views.view(application, caller);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.READ, record = RECORD)
    public DocumentFile document(long applicationId, long documentId) {
        Application application = records.application(applicationId, caller());
        ApplicantDocument document = em.find(ApplicantDocument.class, documentId);
        if (document == null || document.applicationId() != applicationId) {
            throw new AccessRefused("There is no such document.");
        }
        return new DocumentFile(document.id(), application.subjectId(), document.stored().downloadName(),
                document.stored().mediaType(), document.content());
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public ApplicantLetter rejectionLetter(long applicationId, LetterFile.Format format) {
        Application application = records.application(applicationId, caller());
        RejectionLetter.refusal(application.status()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        Campaign campaign = em.find(Campaign.class, application.campaignId());
        ConsentView consent = views.talentPoolConsent(application.id());
        String applicant = records.name(application.subjectId());
        LetterFile letter = letters.write(LetterKind.APPLICANT_REJECTION, applicant, RejectionLetter.values(
                applicant, campaign.jobRole(), application.receivedOn(), application.closingReason(),
                application.closingReasonTold(), views.retention().unsuccessful(),
                views.retention(application, campaign, ApplicationViews.days(consent)).applicationReviewOn(),
                consent != null && consent.inForce()), "rejection-letter-" + application.id(), format);
        return new ApplicantLetter(application.id(), application.subjectId(), letter.fileName(), letter.mediaType(),
                letter.content());
    }

    private RecruitmentCaller caller() {
        return RecruitmentCaller.of(session);
    }
}
