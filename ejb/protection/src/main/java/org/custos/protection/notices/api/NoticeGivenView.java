package org.custos.protection.notices.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditedRecord;

/**
 * A notice owed to or given to a person (N2): the notice, the version given ({@code noticeVersionId} and its number,
 * null while owed), the day and how; where the data came from ({@code fromPerson}, else {@code source}), the day
 * obtained, the first communication or disclosure, the day due; the record it was collected with, if any. A notice
 * moved from a record that kept only the day it was given (before the ledger) names no version and no way.
 */
public record NoticeGivenView(long id, long version, long subjectId, long noticeId, String noticeName,
        NoticeAudience audience, Long noticeVersionId, Integer versionNumber, boolean fromPerson,
        LocalDate obtainedOn, String source, LocalDate firstContactOn, LocalDate dueOn, LocalDate givenOn,
        NoticeMethod method, String context, Long recordId, String recordedBy, LocalDateTime recordedAt)
        implements Serializable, AuditedRecord {

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

    /** Given before the ledger recorded versions (moved from a record of the day only): no version, no way. */
    public boolean givenBeforeVersions() {
        return givenOn != null && noticeVersionId == null;
    }

    /** "Version 3", "Given before versions were recorded", or null while owed. */
    public String versionInWords() {
        if (givenOn == null) {
            return null;
        }
        return versionNumber == null ? "Given before versions were recorded" : "Version " + versionNumber;
    }

    /** "By email", "Not recorded" (given before versions were), or null while owed. */
    public String howInWords() {
        if (givenOn == null) {
            return null;
        }
        return method == null ? "Not recorded" : method.label();
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
