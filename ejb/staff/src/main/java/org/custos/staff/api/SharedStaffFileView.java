package org.custos.staff.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.DataArea;
import org.custos.security.api.AuditedRecord;

/**
 * What an approval to use one area's data outside HR (L5) shows of a staff file: the engagement's fields of that
 * area (the others null), for finance the bank details (null otherwise, or when none are recorded), and for HR
 * activities the periods of absence without their health details (none for finance).
 */
public record SharedStaffFileView(long staffFileId, long subjectId, String name, DataArea area,
        StaffFileView.EngagementView engagement, BankDetailsView bankDetails, List<SharedAbsenceView> absences)
        implements Serializable, AuditedRecord {

    public SharedStaffFileView {
        absences = List.copyOf(absences);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }
}
