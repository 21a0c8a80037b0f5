package org.custos.protection.notices.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.NoticeState;
import org.custos.security.api.AuditedRecord;

/**
 * A notice version in full, for its page: what it says (sanitised HTML, or the name and size of its PDF), the
 * purposes it covers, its checklist (a row per item, in the items' order) and what it still lacks, and who approved
 * and issued it, when.
 */
public record NoticeVersionView(NoticeVersionSummary summary, long version, String text, String fileName,
        Long sizeBytes, Set<Long> purposeIds, List<ItemAnswer> items, NoticeCompleteness completeness,
        String approvedBy, LocalDateTime approvedAt, String issuedBy, LocalDateTime issuedAt,
        LocalDateTime withdrawnAt, String updatedBy, LocalDateTime updatedAt) implements Serializable, AuditedRecord {

    public long id() {
        return summary.id();
    }

    public NoticeState state() {
        return summary.state();
    }

    public boolean draft() {
        return summary.state() == NoticeState.DRAFT;
    }

    public boolean pdf() {
        return fileName != null;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(summary.id());
    }
}
