package org.custos.recruitment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.recruitment.Reference;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.recruitment.api.ApprovalGroup;
import org.custos.recruitment.api.ChecksView;
import org.custos.recruitment.api.DeclarationForm;
import org.custos.recruitment.api.PreEmploymentChecks;
import org.custos.recruitment.api.ReferenceForm;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultPreEmploymentChecks implements PreEmploymentChecks {

    /** The context name sensitive records of recruitment are kept under. */
    static final String CONTEXT = "recruitment";

    private static final String RECORD = "PreEmploymentChecks";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecruitmentRecords records;

    @EJB
    SensitiveData sensitiveData;

    @EJB
    PeopleRegister register;

    @Override
    @Audited(record = RECORD)
    public ChecksView checks(long applicationId) {
        return view(records.application(applicationId, caller()));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChecksView identityChecked(long applicationId, long version, LocalDate on) {
        Application application = underChecks(applicationId);
        RecruitmentRecords.requireVersion(application, version);
        application.identityChecked(on, caller().name());
        return saved(application);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChecksView qualificationsChecked(long applicationId, long version, LocalDate on) {
        Application application = underChecks(applicationId);
        RecruitmentRecords.requireVersion(application, version);
        application.qualificationsChecked(on, caller().name());
        return saved(application);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChecksView referenceRequested(long applicationId, ReferenceForm form) {
        Application application = underChecks(applicationId);
        long refereeId = form.referee().idIn(register);
        records.unrestricted(refereeId);
        if (refereeId == application.subjectId()) {
            throw new RequestRefused("Applicants cannot be their own referees.");
        }
        em.persist(new Reference(application.id(), refereeId, form.requestedOn(), caller().name()));
        register.addCategory(refereeId, SubjectCategory.REFEREE);
        return saved(application);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChecksView referenceReceived(long applicationId, long referenceId, long version, LocalDate on) {
        Application application = underChecks(applicationId);
        Reference reference = em.find(Reference.class, referenceId);
        if (reference == null || reference.applicationId() != applicationId) {
            throw new AccessRefused("There is no such reference.");
        }
        ConcurrentChange.check(reference.version(), version, "This reference");
        if (on.isBefore(reference.requestedOn())) {
            throw new RequestRefused("A reference cannot arrive before it was requested.");
        }
        reference.received(on);
        return saved(application);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ChecksView declare(long applicationId, DeclarationForm form) {
        Application application = underChecks(applicationId);
        ApprovalGroup group = approvalGroup(application);
        SensitiveRecordView recorded = sensitiveData.record(application.subjectId(), new SensitiveRecordForm(CONTEXT,
                Set.of(group.key()), form.category(), form.purposeId(), form.content(), null));
        if (form.category() == SpecialCategory.CRIMINAL_RECORDS) {
            application.criminalDeclaration(recorded.id());
        } else {
            application.healthQuestionnaire(recorded.id());
        }
        return saved(application);
    }

    @Override
    @Audited(record = RECORD)
    public ApprovalGroup approvalGroup(long applicationId) {
        return approvalGroup(records.application(applicationId, caller()));
    }

    private ApprovalGroup approvalGroup(Application application) {
        return ConditionalOfferGroups.of(em.find(Campaign.class, application.campaignId()));
    }

    private Application underChecks(long applicationId) {
        Application application = records.changeable(applicationId, caller());
        if (application.status() != ApplicationStatus.CONDITIONAL_OFFER) {
            throw new RequestRefused("Pre-employment checks are recorded while the application has a conditional "
                    + "offer; this one " + application.status().state() + ".");
        }
        return application;
    }

    private ChecksView saved(Application application) {
        em.flush();
        return view(application);
    }

    private ChecksView view(Application application) {
        var references = records.references(application.id());
        return new ChecksView(application.id(), application.subjectId(), application.version(),
                application.identityCheckedOn(),
                application.identityCheckedBy(), application.qualificationsCheckedOn(),
                application.qualificationsCheckedBy(), references.stream()
                        .map(reference -> new ChecksView.ReferenceView(reference.id(), reference.version(),
                                reference.refereeSubjectId(), records.name(reference.refereeSubjectId()),
                                reference.requestedOn(), reference.receivedOn()))
                        .toList(),
                application.criminalDeclarationId() != null, application.healthQuestionnaireId() != null,
                CheckList.missing(application, references));
    }

    private RecruitmentCaller caller() {
        return RecruitmentCaller.of(session);
    }
}
