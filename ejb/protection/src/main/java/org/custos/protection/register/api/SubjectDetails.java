package org.custos.protection.register.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/** One person's master record, with the version an edit must quote (optimistic locking). */
public record SubjectDetails(long id, long version, SubjectForm data, LocalDate doNotContactSince,
        boolean restricted, LocalDateTime createdAt, String createdBy, LocalDateTime updatedAt, String updatedBy)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return id;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
