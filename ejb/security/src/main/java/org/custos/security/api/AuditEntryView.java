package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One audit entry as the audit viewer shows it; {@code subjectName} is the name of the person {@code subjectId},
 * null when there is none or they are no longer in the register; {@code shownSubjectIds} are the people a search or
 * list showed besides {@code subjectId}, in ascending order.
 */
public record AuditEntryView(long position, LocalDateTime occurredAt, String actor, AuditAction action,
        Long subjectId, String subjectName, String recordType, String recordId, Long purposeId, AuditOutcome outcome,
        String detail, List<Long> shownSubjectIds) implements Serializable {

    public AuditEntryView {
        shownSubjectIds = List.copyOf(shownSubjectIds);
    }

    /**
     * The person the entry is about, in words: "Ada Lee (reference 1050)"; once they are erased the entry keeps
     * only the reference (X2): "No longer in the register (reference 1050)"; blank when it is about nobody.
     */
    public String person() {
        if (subjectId == null) {
            return "";
        }
        return (subjectName == null ? "No longer in the register" : subjectName) + " (reference " + subjectId + ")";
    }

    /** True when the person {@code subjectId} only appeared in this search or list, not as its subject. */
    public boolean shows(long subjectId) {
        return shownSubjectIds.contains(subjectId);
    }
}
