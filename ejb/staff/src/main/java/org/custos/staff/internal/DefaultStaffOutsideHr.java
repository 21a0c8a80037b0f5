package org.custos.staff.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.SharedStaffFile;
import org.custos.staff.api.SharedStaffFileView;
import org.custos.staff.api.StaffFileView;
import org.custos.staff.api.StaffOutsideHr;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HIRING_MANAGER, Role.Names.FINANCE})
public class DefaultStaffOutsideHr implements StaffOutsideHr {

    private static final String RECORD = "StaffFile";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @EJB
    Approvals approvals;

    @Inject
    StaffRecords records;

    @Inject
    StaffFileViews views;

    @Inject
    AbsenceRecords absences;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<SharedStaffFile> sharedWithMe(int first, int pageSize) {
        Page<ApprovalView> approved = approvals.sharedWithMe(first, pageSize);
        Map<Long, Long> files = latestFiles(approved.rows().stream().map(ApprovalView::subjectId).distinct()
                .toList());
        return new Page<>(approved.rows().stream().map(a -> new SharedStaffFile(files.get(a.subjectId()),
                a.subjectId(), a.subjectName(), a.dataArea(), a.validUntil())).toList(), approved.total());
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public SharedStaffFileView read(long staffFileId, DataArea area) {
        StaffFile file = records.file(staffFileId);
        approvals.requireUseOutsideHr(file.subjectId(), Set.of(), area);
        StaffFileView whole = views.view(file);
        return new SharedStaffFileView(file.id(), file.subjectId(), whole.name(), area,
                OutsideHrFields.of(whole.engagement(), area),
                area == DataArea.FINANCE ? records.bankDetails(file).orElse(null) : null,
                OutsideHrFields.absences(absences.of(file.id()), area, calendar.today()));
    }

    /** Each person's latest staff file, in one statement. */
    private Map<Long, Long> latestFiles(List<Long> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f.subjectId, max(f.id) from StaffFile f where f.subjectId in :subjects"
                + " group by f.subjectId", Object[].class).setParameter("subjects", subjects).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
