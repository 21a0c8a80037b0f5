package org.custos.protection.notices.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeState;
import org.custos.domain.shared.OrganisationTime;
import org.custos.security.api.AuditedRecord;

/**
 * A notice version as the other sub-areas and contexts refer to it (N2, the consent ledger): its id, its notice's
 * name and audience, its number and state, and when it was issued (null if never).
 */
public record NoticeVersionSummary(long id, long noticeId, String noticeName, NoticeAudience audience, int number,
        NoticeState state, LocalDateTime issuedAt) implements Serializable, AuditedRecord {

    /** "Staff, version 3". */
    public String title() {
        return noticeName + ", version " + number;
    }

    /** As a form offers it: "Staff, version 3, issued 1 March 2026". */
    public String choice() {
        return issuedAt == null ? title() : title() + ", issued " + OrganisationTime.DAY.format(issuedAt);
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
