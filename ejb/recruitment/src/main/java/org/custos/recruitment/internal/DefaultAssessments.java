package org.custos.recruitment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Assessment;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.recruitment.api.ApplicationView;
import org.custos.recruitment.api.AssessmentForm;
import org.custos.recruitment.api.Assessments;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
public class DefaultAssessments implements Assessments {

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

    @Override
    @Audited(value = AuditAction.CREATE, record = "Assessment")
    public ApplicationView record(long applicationId, AssessmentForm form) {
        RecruitmentCaller caller = RecruitmentCaller.of(session);
        Application application = records.amendable(applicationId, caller);
        if (form.heldOn().isBefore(application.receivedOn())) {
            throw new RequestRefused("An assessment cannot be held before the application was received.");
        }
        Assessment assessment = new Assessment(application.id(), form.type(), form.heldOn(), form.assessor().trim(),
                form.notes() == null || form.notes().isBlank() ? null : form.notes().trim(), form.score(),
                caller.name(), calendar.now());
        em.persist(assessment);
        em.flush();
        return views.view(application, caller);
    }
}
