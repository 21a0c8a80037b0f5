package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.security.api.AuditedRecord;

/**
 * One row of an application list; {@code applicantName} is empty once anonymised. The audit entry of the list names
 * the applicant as shown (X2).
 */
public record ApplicationSummary(long id, long campaignId, String campaignTitle, Long subjectId,
        String applicantName, ApplicationSource source, LocalDate receivedOn, ApplicationStatus status,
        LocalDate reviewOn) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
