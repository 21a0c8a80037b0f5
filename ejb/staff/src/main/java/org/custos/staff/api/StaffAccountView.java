package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.security.api.AccountName;
import org.custos.security.api.AuditedRecord;

/**
 * The account linked to a staff file's person (null {@code username} when none), who linked it and when, and while
 * there is none the accounts of members of staff that are not linked to anyone.
 */
public record StaffAccountView(long staffFileId, long subjectId, String username, String linkedBy,
        LocalDateTime linkedAt, List<AccountName> candidates) implements Serializable, AuditedRecord {

    public StaffAccountView {
        candidates = List.copyOf(candidates);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }
}
