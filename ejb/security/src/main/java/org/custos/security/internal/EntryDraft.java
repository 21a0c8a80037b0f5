package org.custos.security.internal;

import java.util.List;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * An audit entry before the chain gives it its place, time and MAC: who did what to which record, for which
 * purpose, how it ended, and the people a search or list showed besides the subject (ids only, X2).
 */
public record EntryDraft(String actor, AuditAction action, Long subjectId, String recordType, String recordId,
        Long purposeId, AuditOutcome outcome, String detail, List<Long> shownSubjectIds) {

    static final String ROLLED_BACK = "rolled back";

    public EntryDraft {
        shownSubjectIds = List.copyOf(shownSubjectIds);
    }

    /** The same call, recorded as failed: its transaction rolled back after it returned. */
    EntryDraft rolledBack() {
        return new EntryDraft(actor, action, subjectId, recordType, recordId, purposeId, AuditOutcome.FAILED,
                ROLLED_BACK, shownSubjectIds);
    }
}
