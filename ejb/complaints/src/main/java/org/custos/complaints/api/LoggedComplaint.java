package org.custos.complaints.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.security.api.AuditedRecord;

/**
 * A complaint just logged: its id and when its acknowledgement is due. Its file opens for its named handlers only
 * (X1), so the one who logged it sees no more than this unless they are named.
 */
public record LoggedComplaint(long id, long complainantSubjectId, LocalDate acknowledgementDue)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return complainantSubjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
