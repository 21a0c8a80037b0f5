package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.EngagementType;
import org.custos.security.api.AuditedRecord;

/** A row of the staff list: the person and their current engagement. */
public record StaffSummary(long staffFileId, long subjectId, String name, EngagementType type, String jobTitle,
        String department, LocalDate startDate, LocalDate leavingDate) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }
}
