package org.custos.security.api;

/** A facade result that tells the audit trail which subject and record it is about. */
public interface AuditedRecord {

    Long auditSubjectId();

    String auditRecordId();

    /** What the entry should add, without personal data values (e.g. "read by the DPM for oversight"). */
    default String auditDetail() {
        return null;
    }
}
