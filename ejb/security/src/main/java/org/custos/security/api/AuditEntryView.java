package org.custos.security.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One audit entry as the audit viewer shows it; {@code shownSubjectIds} are the people a search or list showed
 * besides {@code subjectId}, in ascending order.
 */
public record AuditEntryView(long position, LocalDateTime occurredAt, String actor, AuditAction action,
        Long subjectId, String recordType, String recordId, Long purposeId, AuditOutcome outcome,
        String detail, List<Long> shownSubjectIds) {

    public AuditEntryView {
        shownSubjectIds = List.copyOf(shownSubjectIds);
    }

    /** True when the person {@code subjectId} only appeared in this search or list, not as its subject. */
    public boolean shows(long subjectId) {
        return shownSubjectIds.contains(subjectId);
    }
}
