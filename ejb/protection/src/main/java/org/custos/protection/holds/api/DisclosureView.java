package org.custos.protection.holds.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/** One recorded disclosure, with the name of its purpose. */
public record DisclosureView(long id, long subjectId, String recipient, String disclosed, long purposeId,
        String purposeName, LocalDate disclosedOn, String recordedBy, LocalDateTime recordedAt)
        implements AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
