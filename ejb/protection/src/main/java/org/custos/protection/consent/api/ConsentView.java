package org.custos.protection.consent.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.ConsentMethod;
import org.custos.security.api.AuditedRecord;

/**
 * A consent on the ledger as recorded (L2), and its withdrawal; {@code noticeVersionId} is null for a consent
 * recorded before notices had versions; {@code evidenceDocument} is the document's name, or null; {@code context}
 * and {@code recordId} name the record it was taken with, if any; {@code withdrawalRequestId} the rights request it
 * was withdrawn through, if it was (D7).
 */
public record ConsentView(long id, long version, long subjectId, long purposeId, String purposeName,
        Long noticeVersionId, String wording, ConsentMethod method, LocalDate givenOn, String evidenceNote,
        String evidenceDocument, String recordedBy, LocalDateTime recordedAt, String context, Long recordId,
        ConsentMethod withdrawalMethod, LocalDate withdrawnOn, String withdrawalRecordedBy, Long withdrawalRequestId)
        implements Serializable, AuditedRecord {

    /** Not withdrawn. */
    public boolean inForce() {
        return withdrawnOn == null;
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
