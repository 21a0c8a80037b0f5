package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.shared.Role;
import org.custos.domain.staff.ChangeReport;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.ChangeReportView;
import org.custos.staff.api.ChangeReports;
import org.custos.staff.api.DeclineForm;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.HR)
public class DefaultChangeReports implements ChangeReports {

    private static final String RECORD = "ChangeReport";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    HolderRegistry holders;

    @Inject
    ChangeReportViews views;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    AccuracyConfirmations confirmations;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<ChangeReportView> waiting() {
        return views.waiting();
    }

    /**
     * The change is made by the holder of the detail as a rectification request's correction is (D5); it confirms
     * the group of the detail as checked (A1).
     */
    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChangeReportView apply(long reportId, long version) {
        ChangeReport report = waiting(reportId, version);
        RectificationOutcome outcome = holders.of(report.context()).rectify(report.subjectId(), List.of(
                new Correction(report.id(), report.recordType(), report.recordId(), report.field(),
                        report.newValue())));
        String refused = outcome.refused().get(report.id());
        if (refused != null) {
            throw new RequestRefused(ChangeReportRules.notMade(report.field(), refused));
        }
        report.applied(caller(), calendar.now());
        confirmations.confirmedByChange(report, caller());
        em.flush();
        return views.view(report);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ChangeReportView decline(long reportId, long version, DeclineForm form) {
        ChangeReport report = waiting(reportId, version);
        report.declined(caller(), calendar.now(), form.reason().trim());
        em.flush();
        return views.view(report);
    }

    private ChangeReport waiting(long reportId, long version) {
        ChangeReport report = em.find(ChangeReport.class, reportId);
        if (report == null) {
            throw new AccessRefused("There is no such change report.");
        }
        ConcurrentChange.check(report.version(), version, "This change report");
        ChangeReportRules.decisionRefusal(report.state()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        return report;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
