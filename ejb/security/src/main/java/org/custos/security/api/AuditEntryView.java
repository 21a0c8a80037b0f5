package org.custos.security.api;

import java.time.LocalDateTime;

/** One audit entry as the audit viewer shows it. */
public record AuditEntryView(long position, LocalDateTime occurredAt, String actor, AuditAction action,
        Long subjectId, String recordType, String recordId, Long purposeId, AuditOutcome outcome,
        String detail) {
}
