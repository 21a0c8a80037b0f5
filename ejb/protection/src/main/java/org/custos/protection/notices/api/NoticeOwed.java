package org.custos.protection.notices.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditedRecord;

/** A row of the notices owed (N2): the person by name, the notice, the day their data was obtained and the day due. */
public record NoticeOwed(long id, long subjectId, String personName, String noticeName, boolean fromPerson,
        LocalDate obtainedOn, String source, LocalDate dueOn) implements Serializable, AuditedRecord {

    /** Due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return dueOn.isBefore(today);
    }

    /** "3 December 2026". */
    public String dueInWords() {
        return OrganisationTime.DAY.format(dueOn);
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
