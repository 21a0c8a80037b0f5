package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/** A hire whose staff file has not opened: why not ({@code failure}, null while it is still to be opened). */
public record PendingHireView(long applicationId, long subjectId, String name, String jobTitle, LocalDate startsOn,
        String hiredBy, LocalDateTime hiredAt, String failure) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(applicationId);
    }
}
