package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.ChangeReportState;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.domain.staff.ChangeReport;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.CorrectableField;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.ChangeReportForm;
import org.custos.staff.api.ChangeReportView;
import org.custos.staff.api.OwnRecord;
import org.custos.staff.api.OwnRecordView;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.STAFF)
public class DefaultOwnRecord implements OwnRecord {

    private static final String RECORD = "StaffFile";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    OwnRecords own;

    @Inject
    ChangeReportViews reports;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    AccuracyConfirmations confirmations;

    @Override
    @Audited(record = RECORD)
    public OwnRecordView mine() {
        return own.view(own.latest(caller()));
    }

    @Override
    @Audited(record = RECORD)
    public OwnRecordView file(long staffFileId) {
        return own.view(own.own(records.file(staffFileId), caller()));
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = "ChangeReport")
    public ChangeReportView reportChange(long staffFileId, ChangeReportForm form) {
        StaffFile file = own.own(records.file(staffFileId), caller());
        Optional<CorrectableField> field = OwnDetails.named(own.fields(file.subjectId()), form);
        boolean waiting = field.isPresent() && em.createQuery("select count(r) from ChangeReport r"
                + " where r.subjectId = :subject and r.context = :context and r.recordType = :type"
                + " and r.recordId = :id and r.field = :field and r.state = :waiting", Long.class)
                .setParameter("subject", file.subjectId()).setParameter("context", form.context())
                .setParameter("type", form.recordType()).setParameter("id", form.recordId())
                .setParameter("field", form.field()).setParameter("waiting", ChangeReportState.WAITING)
                .getSingleResult() > 0;
        ChangeReportRules.reportRefusal(field, form.value(), waiting).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        CorrectableField detail = field.orElseThrow();
        ChangeReport report = new ChangeReport(file.subjectId(), detail.context(), detail.recordType(),
                detail.recordId(), detail.record(), detail.field(), Texts.blankToNull(form.value()), caller(),
                calendar.now());
        em.persist(report);
        em.flush();
        return reports.view(report);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "AccuracyConfirmation")
    public OwnRecordView confirm(long staffFileId, AccuracyGroup group) {
        StaffFile file = own.own(records.file(staffFileId), caller());
        if (!OwnRecords.groups(own.fields(file.subjectId())).contains(group)) {
            throw new RequestRefused("Your record holds no " + group.label() + " to confirm.");
        }
        confirmations.confirm(file.id(), group, caller());
        return own.view(file);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
