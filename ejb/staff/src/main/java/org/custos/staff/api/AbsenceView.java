package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.security.api.AuditedRecord;

/**
 * A period of sickness absence as HR sees it without approval: dates, calendar days lost (to today while it
 * continues), whether a fit note was given and how many health details are held behind the approval gate.
 */
public record AbsenceView(long id, long version, long staffFileId, long subjectId, LocalDate firstDay,
        LocalDate lastDay, long daysLost, boolean fitNoteGiven, int healthDetails, String recordedBy)
        implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
