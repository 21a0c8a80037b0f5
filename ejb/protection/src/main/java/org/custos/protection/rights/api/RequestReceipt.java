package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.security.api.AuditedRecord;

/** What the system that sent a request in learns: the request's number and the day it is due (D2), nothing else. */
public record RequestReceipt(long requestId, LocalDate due, long subjectId) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return String.valueOf(requestId);
    }
}
