package org.custos.protection.notices.api;

import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.NoticeAudience;
import org.custos.security.api.AuditedRecord;

/** One notice with its versions, newest first. */
public record NoticeView(long id, long version, NoticeAudience audience, String name,
        List<NoticeVersionSummary> versions) implements Serializable, AuditedRecord {

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
