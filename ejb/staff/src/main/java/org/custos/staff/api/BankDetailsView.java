package org.custos.staff.api;

import java.io.Serializable;
import org.custos.security.api.AuditedRecord;

/** A member of staff's bank details in full (X3), for HR. */
public record BankDetailsView(long staffFileId, long subjectId, String accountHolder, String sortCode,
        String accountNumber) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }
}
