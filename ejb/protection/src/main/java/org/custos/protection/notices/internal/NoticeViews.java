package org.custos.protection.notices.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.custos.domain.protection.Notice;
import org.custos.domain.protection.NoticeItemRow;
import org.custos.domain.protection.NoticeVersion;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeCompleteness;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.security.api.AccessRefused;

/** Loads notices and versions and makes their views. */
@Dependent
class NoticeViews {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    Notice notice(long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null) {
            throw new AccessRefused("There is no such notice.");
        }
        return notice;
    }

    NoticeVersion version(long versionId) {
        NoticeVersion version = em.find(NoticeVersion.class, versionId);
        if (version == null) {
            throw new AccessRefused("There is no such version of a notice.");
        }
        return version;
    }

    /** The notice's versions, newest first. */
    List<NoticeVersion> versionsOf(long noticeId) {
        return em.createQuery("select v from NoticeVersion v where v.noticeId = :notice order by v.number desc",
                NoticeVersion.class).setParameter("notice", noticeId).getResultList();
    }

    NoticeView view(Notice notice) {
        return new NoticeView(notice.id(), notice.version(), notice.audience(), notice.name(),
                versionsOf(notice.id()).stream().map(version -> summary(notice, version)).toList());
    }

    NoticeVersionSummary summary(NoticeVersion version) {
        return summary(notice(version.noticeId()), version);
    }

    static NoticeVersionSummary summary(Notice notice, NoticeVersion version) {
        return new NoticeVersionSummary(version.id(), notice.id(), notice.name(), notice.audience(), version.number(),
                version.state(), version.issuedAt());
    }

    NoticeVersionView full(NoticeVersion version) {
        List<ItemAnswer> items = answers(version);
        return new NoticeVersionView(summary(version), version.version(), version.text(), version.fileName(),
                version.sizeBytes(), version.purposeIds(), items, completeness(version, items),
                version.approvedBy(), version.approvedAt(), version.issuedBy(), version.issuedAt(),
                version.withdrawnAt(), version.updatedBy(), version.updatedAt());
    }

    /** The checklist, a row per item in the items' order; an item without a row is unanswered. */
    static List<ItemAnswer> answers(NoticeVersion version) {
        return version.items().stream().sorted(Comparator.comparing(NoticeItemRow::item))
                .map(row -> new ItemAnswer(row.item(), row.answer(), row.detail())).toList();
    }

    static NoticeCompleteness completeness(NoticeVersion version, List<ItemAnswer> items) {
        return NoticeCompleteness.of(version.text() != null || version.hasDocument(), version.purposeIds().size(),
                items);
    }
}
