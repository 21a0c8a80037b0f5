package org.custos.security.api;

import java.util.List;

/**
 * A facade result that tells the audit trail which subject and record it is about; or a row of a search or list
 * result, whose subject the entry of the call records as shown (X2), so the person's history lists it.
 */
public interface AuditedRecord {

    Long auditSubjectId();

    String auditRecordId();

    /** What the entry should add, without personal data values (e.g. "read by the DPM for oversight"). */
    default String auditDetail() {
        return null;
    }

    /** Other people the result shows besides its subject (their ids), e.g. the possible duplicates of someone. */
    default List<Long> auditShownSubjectIds() {
        return List.of();
    }
}
