package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.DataArea;
import org.custos.security.api.AuditedRecord;

/**
 * A person whose HR or finance data the DPM approved for the caller's use outside HR (L5), with their latest staff
 * file (null when they have none) and the last day the approval covers.
 */
public record SharedStaffFile(Long staffFileId, long subjectId, String name, DataArea area, LocalDate until)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return staffFileId == null ? null : Long.toString(staffFileId);
    }
}
