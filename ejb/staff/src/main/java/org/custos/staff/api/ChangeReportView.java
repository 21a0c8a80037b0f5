package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.ChangeReportState;
import org.custos.security.api.AuditedRecord;

/**
 * A change a member of staff reported to their own record (A1): the person, the detail (the record and field as the
 * context holding it names them), the new value, who reported it and when, and HR's decision with the reason of a
 * decline.
 */
public record ChangeReportView(long id, long version, long subjectId, String name, String record, String field,
        String newValue, String reportedBy, LocalDateTime reportedAt, ChangeReportState state, String decidedBy,
        LocalDateTime decidedAt, String reason) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
