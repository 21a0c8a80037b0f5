package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.security.api.AuditedRecord;

/**
 * A row of HR's list of stale records (A1): a group of a current member of staff's record overdue for them to
 * confirm, due since {@code dueSince}; {@code lastConfirmed} is null when it was never confirmed.
 */
public record StaleRecord(long staffFileId, long subjectId, String name, AccuracyGroup group, LocalDate dueSince,
        LocalDate lastConfirmed) implements Serializable, AuditedRecord {

    /** "Bank details", as a column reads it. */
    public String what() {
        return Character.toUpperCase(group.label().charAt(0)) + group.label().substring(1);
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
