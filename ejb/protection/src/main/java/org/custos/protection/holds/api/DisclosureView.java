package org.custos.protection.holds.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.security.api.AuditedRecord;

/**
 * One recorded disclosure, with the names of the person and of its purpose; {@code recipient} is whom to tell (D5): the organisation of
 * the register by its name now, followed by the recipient as recorded when that says more, or the recipient in words.
 */
public record DisclosureView(long id, long subjectId, String subjectName, String recipient, Long organisationId, String disclosed,
        long purposeId,
        String purposeName, LocalDate disclosedOn, String recordedBy, LocalDateTime recordedAt)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
