package org.custos.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.custos.domain.shared.DataContext;
import org.custos.domain.recruitment.ApplicantDocument;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.recruitment.EmergencyContact;
import org.custos.domain.recruitment.FinalOffer;
import org.custos.domain.recruitment.Reference;
import org.custos.protection.consent.api.ConsentDays;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.ErasureOutcome;
import java.util.Set;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.recruitment.api.RetentionDates;

/**
 * Recruitment's part of the personal-data SPI: a person's applications with everything on them, and where they
 * were named as a referee or an emergency contact; erasure that anonymises applications and keeps their counts
 * (R7; the one anonymisation is {@link ApplicationErasure}, which destroys an application whose group would hold
 * fewer than k people), but keeps a hired applicant's application, which is part of the staff file (R2) and is
 * erased with it ({@link HiredApplicationErasure}); and the applications and assessment material due for review
 * (R1). The declarations are sensitive records: the security context's holder answers for them.
 */
@ApplicationScoped
public class RecruitmentDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.RECRUITMENT.key();

    /** The record types of the items due for review: an application, or only its assessment material. */
    private static final String APPLICATION = "Application";
    private static final String ASSESSMENT_MATERIAL = "AssessmentMaterial";

    /** The month an application was received, as the response letter names it: "June 2026". */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RecruitmentRecords records;

    @Inject
    ApplicationViews views;

    @Inject
    ApplicantCorrections corrections;

    @Inject
    ApplicationErasure erasure;

    @Inject
    ConsentLedger ledger;

    @Override
    public DataContext context() {
        return DataContext.RECRUITMENT;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return ApplicantRetention.RULES;
    }

    /**
     * Applicants (an anonymised application names no one), their referees and emergency contacts; the
     * special-category and criminal-records data of pre-employment checks is held by the security context.
     */
    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Applications and CVs", "Assessment and interview notes", "References",
                "Identity and qualification documents", "Bank details", "Emergency contacts"), Set.of(),
                "select subject_id from rec_application where subject_id is not null"
                        + " union select referee_subject_id from rec_reference"
                        + " union select subject_id from rec_emergency_contact");
    }

    /**
     * In a fixed number of statements however many applications the person has: each kind of record of all their
     * applications is read in one query, the retention settings once.
     */
    @Override
    public SubjectDataSection export(long subjectId) {
        List<DataItem> items = new ArrayList<>();
        List<Application> applications = applicationsOf(subjectId);
        List<Long> ids = applications.stream().map(Application::id).toList();
        // the campaigns' hiring managers (an eager collection) in one query too, not one a campaign
        Map<Long, Campaign> campaigns = applications.isEmpty() ? Map.of() : em.createQuery(
                "select c from Campaign c where c.id in :ids", Campaign.class).setParameter("ids",
                applications.stream().map(Application::campaignId).collect(Collectors.toSet()))
                .setHint("eclipselink.batch", "c.hiringManagers").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().collect(Collectors.toMap(Campaign::id, campaign -> campaign));
        Map<Long, List<ApplicantDocument>> documents = records.ofApplications(ApplicantDocument.class, "x.id", ids,
                ApplicantDocument::applicationId);
        Map<Long, List<Assessment>> assessments = records.ofApplications(Assessment.class, "x.id", ids,
                Assessment::applicationId);
        Map<Long, List<Reference>> references = records.ofApplications(Reference.class, "x.id", ids,
                Reference::applicationId);
        Map<Long, List<FinalOffer>> offers = records.ofApplications(FinalOffer.class, "x.applicationId", ids,
                FinalOffer::applicationId);
        Map<Long, List<EmergencyContact>> contacts = records.ofApplications(EmergencyContact.class, "x.id", ids,
                EmergencyContact::applicationId);
        Map<Long, ConsentView> consents = ledger.latestFor(CONTEXT, ConsentLedger.TALENT_POOL, ids);
        ApplicantRetention rules = views.retention();
        for (Application application : applications) {
            String id = Long.toString(application.id());
            Campaign campaign = campaigns.get(application.campaignId());
            ConsentView consent = consents.get(application.id());
            String about = "Your application for " + campaign.jobRole() + ", "
                    + MONTH.format(application.receivedOn());
            items.add(new Fields()
                    .about(about)
                    .add("Campaign", campaign.title() + " (" + campaign.jobRole() + ")")
                    .add("Source", application.source().label())
                    .add(SubjectDataSection.SOURCE, application.sourceName())
                    .add("Received on", application.receivedOn())
                    .add("Status", application.status().label())
                    .add("Reason", application.closingReason())
                    .add("Identity checked on", application.identityCheckedOn())
                    .add("Qualifications checked on", application.qualificationsCheckedOn())
                    .add("Criminal-records declaration", application.criminalDeclarationId() == null ? null
                            : "recorded (see the sensitive records)")
                    .add("Health questionnaire", application.healthQuestionnaireId() == null ? null
                            : "recorded (see the sensitive records)")
                    .add("Hired on", application.hiredOn())
                    .add("Starts on", application.startsOn())
                    .add("Review due on", ApplicationViews.retention(rules, application, campaign,
                            ApplicationViews.days(consent))
                            .applicationReviewOn())
                    .item("Application", id));
            for (ApplicantDocument document : documents.getOrDefault(application.id(), List.of())) {
                items.add(new Fields().about(about)
                        .add("Application", id).add("Kind", document.kind().label()).document(document.stored())
                        .item("Document", Long.toString(document.id())));
            }
            for (Assessment assessment : assessments.getOrDefault(application.id(), List.of())) {
                items.add(new Fields().about(about)
                        .add("Application", id).add("Kind", assessment.kind().label())
                        .add("Held on", assessment.heldOn()).add("Assessor", assessment.assessor())
                        .add("Notes", assessment.notes()).add("Score", assessment.score())
                        .item("Assessment", Long.toString(assessment.id())));
            }
            for (Reference reference : references.getOrDefault(application.id(), List.of())) {
                items.add(new Fields().about(about)
                        .add("Application", id).add("Referee", records.name(reference.refereeSubjectId()))
                        .add("Requested on", reference.requestedOn()).add("Received on", reference.receivedOn())
                        .item("Reference", Long.toString(reference.id())));
            }
            FinalOffer offer = ApplicationViews.first(offers.get(application.id()));
            if (offer != null) {
                items.add(new Fields().about(about)
                        .add("Application", id).add("Made on", offer.madeOn())
                        .add("Account holder", offer.accountHolder()).add("Sort code", offer.sortCode())
                        .add("Account number", offer.accountNumber())
                        .add("Bank details moved to the staff file", offer.movedToStaffAt())
                        .item("FinalOffer", id));
            }
            for (EmergencyContact contact : contacts.getOrDefault(application.id(), List.of())) {
                items.add(new Fields().about(about)
                        .add("Application", id).add("Contact", records.name(contact.subjectId()))
                        .add("Relationship", contact.relationship())
                        .item("EmergencyContact", Long.toString(contact.id())));
            }
        }
        for (Reference reference : em.createQuery("select r from Reference r where r.refereeSubjectId = :subject",
                Reference.class).setParameter("subject", subjectId).getResultList()) {
            items.add(new Fields().about("You were named as a referee").add("Named as", "referee")
                    .add("Requested on", reference.requestedOn())
                    .add("Received on", reference.receivedOn()).item("Reference", Long.toString(reference.id())));
        }
        for (EmergencyContact contact : em.createQuery("select e from EmergencyContact e"
                + " where e.subjectId = :subject", EmergencyContact.class).setParameter("subject", subjectId)
                .getResultList()) {
            items.add(new Fields().about("You were named as an emergency contact")
                    .add("Named as", "emergency contact").add("Relationship", contact.relationship())
                    .item("EmergencyContact", Long.toString(contact.id())));
        }
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        int erased = 0;
        List<String> kept = new ArrayList<>();
        for (Application application : applicationsOf(subjectId)) {
            if (application.status() == ApplicationStatus.HIRED) {
                kept.add("Application " + application.id() + ": the applicant was hired, so it is part of the staff "
                        + "file and is erased with the staff file.");
                continue;
            }
            erasure.erase(application);
            erased++;
        }
        erased += em.createQuery("delete from Reference r where r.refereeSubjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        erased += em.createQuery("delete from EmergencyContact e where e.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        em.flush();
        return new ErasureOutcome(CONTEXT, erased, kept);
    }

    /**
     * R1, R6: exactly what the item names goes, not the person's other applications (a later campaign's may not be
     * due): its application with everything on it, or only its assessment material.
     */
    @Override
    public ErasureOutcome destroyDue(RetentionItem item) {
        Application application = dueApplication(item);
        if (application == null) {
            return new ErasureOutcome(CONTEXT, 0, List.of(goneAlready(item)));
        }
        if (ASSESSMENT_MATERIAL.equals(item.recordType())) {
            List<Assessment> assessments = erasure.of(Assessment.class, application.id());
            assessments.forEach(em::remove);
            em.flush();
            return new ErasureOutcome(CONTEXT, assessments.size(), List.of());
        }
        return new ErasureOutcome(CONTEXT, erasure.destroy(application), List.of());
    }

    /**
     * R7: anonymising an unsuccessful applicant's item anonymises exactly its application ({@link
     * ApplicationErasure}: or destroys it when its group is too small, which the outcome says).
     */
    @Override
    public ErasureOutcome dispose(RetentionItem item, Disposal disposal) {
        if (disposal != Disposal.ANONYMISE || !APPLICATION.equals(item.recordType())) {
            return PersonalDataHolder.super.dispose(item, disposal);
        }
        Application application = dueApplication(item);
        if (application == null) {
            return new ErasureOutcome(CONTEXT, 0, List.of(goneAlready(item)));
        }
        ApplicationErasure.Erased erased = erasure.erase(application);
        em.flush();
        return new ErasureOutcome(CONTEXT, 1, List.of(erased.words()));
    }

    /** The item's application while it still names the item's person; null once anonymised or destroyed. */
    private Application dueApplication(RetentionItem item) {
        Application application = em.find(Application.class, Long.valueOf(item.recordId()));
        return application == null || !Objects.equals(application.subjectId(), item.subjectId()) ? null
                : application;
    }

    private static String goneAlready(RetentionItem item) {
        return "Application " + item.recordId() + " was already anonymised or destroyed.";
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return corrections.correctable(subjectId);
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return this.corrections.rectify(subjectId, corrections);
    }

    /** Restriction is the register's state (D6); recruitment keeps storing what it holds. */
    @Override
    public void restrict(long subjectId, boolean restricted) {
        // nothing of its own to mark
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        List<RetentionItem> due = new ArrayList<>();
        // three statements whatever the number of applications: each row with its campaign's closing date, the
        // talent-pool consents' days from the ledger, and the ids of those with assessment material
        List<Object[]> rows = em.createQuery("select a.id, a.subjectId, a.status, c.closesOn"
                + " from Application a join Campaign c on c.id = a.campaignId"
                + " where a.anonymisedAt is null and a.status <> :hired order by a.id", Object[].class)
                .setParameter("hired", ApplicationStatus.HIRED).getResultList();
        Map<Long, ConsentDays> consents = ledger.daysFor(CONTEXT, ConsentLedger.TALENT_POOL);
        Set<Long> assessed = Set.copyOf(em.createQuery("select distinct x.applicationId from Assessment x,"
                + " Application a where a.id = x.applicationId and a.anonymisedAt is null and a.status <> :hired",
                Long.class).setParameter("hired", ApplicationStatus.HIRED).getResultList());
        ApplicantRetention rules = views.retention();
        for (Object[] row : rows) {
            long applicationId = (Long) row[0];
            Long subjectId = (Long) row[1];
            ConsentDays consent = consents.get(applicationId);
            RetentionDates dates = rules.datesFor((ApplicationStatus) row[2], (LocalDate) row[3],
                    consent == null ? null : consent.givenOn(), consent == null ? null : consent.withdrawnOn());
            String id = Long.toString(applicationId);
            if (!dates.applicationReviewOn().isAfter(asOf)) {
                due.add(new RetentionItem(CONTEXT, APPLICATION, id, subjectId,
                        dates.applicationReviewOn(), ApplicantRetention.UNSUCCESSFUL_APPLICANT.key(),
                        "Unsuccessful or undecided application: " + dates.basis()));
            }
            if (!dates.assessmentReviewOn().isAfter(asOf) && assessed.contains(applicationId)) {
                due.add(new RetentionItem(CONTEXT, ASSESSMENT_MATERIAL, id, subjectId,
                        dates.assessmentReviewOn(), ApplicantRetention.ASSESSMENT_MATERIAL.key(),
                        "Assessment material: " + dates.basis()));
            }
        }
        return due;
    }

    private List<Application> applicationsOf(long subjectId) {
        return em.createQuery("select a from Application a where a.subjectId = :subject order by a.id",
                Application.class).setParameter("subject", subjectId).getResultList();
    }
}
