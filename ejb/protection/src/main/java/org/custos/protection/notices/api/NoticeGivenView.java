package org.custos.protection.notices.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditedRecord;

/**
 * A notice owed to or given to a person (N2): the notice, the version given ({@code noticeVersionId} and its number,
 * null while owed), the day and how; where the data came from ({@code fromPerson}, else {@code source}), the day
 * obtained, the first communication or disclosure, the day due; the record it was collected with, if any.
 */
public record NoticeGivenView(long id, long version, long subjectId, long noticeId, String noticeName,
        NoticeAudience audience, Long noticeVersionId, Integer versionNumber, boolean fromPerson,
        LocalDate obtainedOn, String source, LocalDate firstContactOn, LocalDate dueOn, LocalDate givenOn,
        NoticeMethod method, String context, Long recordId, String recordedBy, LocalDateTime recordedAt)
        implements AuditedRecord {

    /** Not given yet. */
    public boolean owed() {
        return givenOn == null;
    }

    /** Owed and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return owed() && dueOn.isBefore(today);
    }

    /** "Staff, version 3", or the notice's name while owed. */
    public String title() {
        return versionNumber == null ? noticeName : noticeName + ", version " + versionNumber;
    }

    /** "3 December 2026". */
    public String dueInWords() {
        return OrganisationTime.DAY.format(dueOn);
    }

    /** "3 December 2026", or null while owed. */
    public String givenInWords() {
        return givenOn == null ? null : OrganisationTime.DAY.format(givenOn);
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
