package org.custos.security.api;

/** A facade result that tells the audit trail which subject and record it is about. */
public interface AuditedRecord {

    Long auditSubjectId();

    String auditRecordId();
}
