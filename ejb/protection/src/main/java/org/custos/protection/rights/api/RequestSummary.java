package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.RequestType;
import org.custos.security.api.AuditedRecord;

/**
 * One row of a request list: when it is due and how many days are left (negative when overdue), or since when its
 * clock is stopped; whether the notice of its extension is still to be sent; for a closed request, the day it was
 * answered or refused. The audit entry of the list names the person as shown (X2).
 */
public record RequestSummary(long id, long subjectId, String subjectName, RequestType type, LocalDate receivedOn,
        LocalDate due, Long daysLeft, LocalDate stoppedSince, boolean extensionNoticeDue, RequestStatus status,
        LocalDate closedOn) implements Serializable, AuditedRecord {

    public boolean open() {
        return status == RequestStatus.OPEN;
    }

    public boolean overdue() {
        return open() && daysLeft != null && daysLeft < 0;
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
