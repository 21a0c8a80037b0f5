package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.security.api.AuditedRecord;

/**
 * Until when each record group of a staff file is kept after the person leaves (R3): each group has its own period
 * (a setting) counted from the leaving date. While the engagement continues there is no leaving date and no group
 * has a date yet.
 */
public record RetentionDatesView(long staffFileId, long subjectId, LocalDate leavingDate, List<Group> groups)
        implements Serializable, AuditedRecord {

    public RetentionDatesView {
        groups = List.copyOf(groups);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(staffFileId);
    }

    /**
     * A record group, its period in words ("6 years") and the last day it is kept, null while the engagement
     * continues.
     */
    public record Group(String name, String period, LocalDate keptUntil) implements Serializable {
    }
}
