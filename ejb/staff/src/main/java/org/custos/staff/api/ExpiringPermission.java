package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.security.api.AuditedRecord;

/**
 * A row of HR's list of permissions ending (T1): a member of staff's right to work or security clearance that
 * expires within the period HR looks ahead (a setting), or has expired without a newer one recorded.
 * {@code clearanceLevel} is null for a right to work.
 */
public record ExpiringPermission(long staffFileId, long subjectId, String name, String clearanceLevel,
        LocalDate expiresOn) implements Serializable, AuditedRecord {

    /** "Right to work", or "Security clearance (SC)". */
    public String what() {
        return clearanceLevel == null ? "Right to work" : "Security clearance (" + clearanceLevel + ")";
    }

    /** Whether it has ended by {@code today}: a permission or clearance is not valid on its expiry date. */
    public boolean endedBy(LocalDate today) {
        return !expiresOn.isAfter(today);
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
