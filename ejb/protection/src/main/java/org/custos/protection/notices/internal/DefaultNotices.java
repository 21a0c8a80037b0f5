package org.custos.protection.notices.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.document.DocumentName;
import org.custos.domain.document.DocumentType;
import org.custos.domain.document.RefusedDocument;
import org.custos.domain.protection.Notice;
import org.custos.domain.protection.NoticeDocument;
import org.custos.domain.protection.NoticeItemRow;
import org.custos.domain.protection.NoticeVersion;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeState;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeCompleteness;
import org.custos.protection.notices.api.NoticeFile;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeSummary;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
public class DefaultNotices implements Notices {

    private static final String NOTICE = "Notice";
    private static final String VERSION = "NoticeVersion";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Inject
    NoticeViews views;

    @Override
    @AuditExempt("reads no personal data: the privacy notices")
    public List<NoticeSummary> notices() {
        List<Notice> notices = em.createQuery("select n from Notice n order by n.name", Notice.class)
                .getResultList();
        Map<Long, Notice> byId = notices.stream().collect(Collectors.toMap(Notice::id, Function.identity()));
        List<NoticeVersion> current = em.createQuery("select v from NoticeVersion v where v.state <> :withdrawn",
                NoticeVersion.class).setParameter("withdrawn", NoticeState.WITHDRAWN).getResultList();
        return notices.stream().map(notice -> new NoticeSummary(notice.id(), notice.version(), notice.audience(),
                notice.name(), currentIn(current, byId, notice, Set.of(NoticeState.ISSUED)),
                currentIn(current, byId, notice, Set.of(NoticeState.DRAFT, NoticeState.APPROVED)))).toList();
    }

    private static NoticeVersionSummary currentIn(List<NoticeVersion> current, Map<Long, Notice> byId, Notice notice,
            Set<NoticeState> states) {
        return current.stream().filter(version -> version.noticeId() == notice.id()
                && states.contains(version.state())).findFirst()
                .map(version -> NoticeViews.summary(byId.get(version.noticeId()), version)).orElse(null);
    }

    @Override
    @AuditExempt("reads no personal data: a privacy notice")
    public NoticeView notice(long noticeId) {
        return views.view(views.notice(noticeId));
    }

    @Override
    @AuditExempt("reads no personal data: a version of a privacy notice")
    public NoticeVersionView versionInFull(long versionId) {
        return views.full(views.version(versionId));
    }

    @Override
    @AuditExempt("reads no personal data: the PDF of a privacy notice")
    public NoticeFile document(long versionId) {
        NoticeVersion version = views.version(versionId);
        if (!version.hasDocument()) {
            throw new RequestRefused("Version " + version.number() + " has no PDF.");
        }
        return new NoticeFile(DocumentName.forDownload(version.fileName(), DocumentType.ofMediaType(
                version.mediaType())), version.mediaType(), em.find(NoticeDocument.class, version.id()).content());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER,
            Role.Names.FINANCE, Role.Names.STAFF, ClientScope.Names.CONSENT})
    @AuditExempt("reads no personal data: which version of a notice it is")
    public NoticeVersionSummary version(long versionId) {
        return views.summary(views.version(versionId));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER,
            Role.Names.FINANCE, Role.Names.STAFF})
    @AuditExempt("reads no personal data: which versions of the notices were issued")
    public List<NoticeVersionSummary> issuedVersions() {
        return em.createQuery("select v from NoticeVersion v where v.issuedAt is not null"
                + " order by v.issuedAt desc, v.id desc", NoticeVersion.class).getResultStream().map(views::summary)
                .toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER,
            Role.Names.FINANCE, Role.Names.STAFF})
    @AuditExempt("reads no personal data: which version of a notice is issued")
    public Optional<NoticeVersionSummary> issuedVersion(NoticeAudience audience) {
        return em.createQuery("select v from NoticeVersion v, Notice n where n.id = v.noticeId"
                + " and n.audience = :audience and v.state = :issued order by v.issuedAt desc, v.id desc",
                NoticeVersion.class).setParameter("audience", audience).setParameter("issued", NoticeState.ISSUED)
                .setMaxResults(1).getResultStream().findFirst().map(views::summary);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER,
            Role.Names.FINANCE, Role.Names.STAFF})
    @AuditExempt("reads no personal data: whether a version of a notice is issued")
    public NoticeVersionSummary requireIssued(long versionId) {
        NoticeVersion version = em.find(NoticeVersion.class, versionId);
        if (version == null) {
            throw new RequestRefused("There is no version of a notice with the reference " + versionId + ".");
        }
        NoticeVersionSummary summary = views.summary(version);
        if (version.state() != NoticeState.ISSUED) {
            throw new RequestRefused(summary.title() + " is not the issued version: it is "
                    + version.state().label().toLowerCase(Locale.UK) + ".");
        }
        return summary;
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.CREATE, record = NOTICE)
    public NoticeView add(NoticeForm form) {
        String name = form.name().trim();
        requireNameFree(name, null);
        Notice notice = new Notice(form.audience(), name, calendar.now(), caller.getName());
        em.persist(notice);
        em.flush();
        return views.view(notice);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = NOTICE)
    public NoticeView rename(long noticeId, long version, NoticeForm form) {
        Notice notice = views.notice(noticeId);
        ConcurrentChange.check(notice.version(), version, "The notice " + notice.name());
        String name = form.name().trim();
        requireNameFree(name, notice.id());
        notice.rename(name, calendar.now(), caller.getName());
        em.flush();
        return views.view(notice);
    }

    private void requireNameFree(String name, Long self) {
        boolean taken = em.createQuery("select n from Notice n where lower(n.name) = :name", Notice.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(other -> !other.id().equals(self));
        if (taken) {
            throw new RequestRefused("Another notice is already called " + name + ".");
        }
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.CREATE, record = VERSION)
    public NoticeVersionView newDraft(long noticeId) {
        Notice notice = views.notice(noticeId);
        List<NoticeVersion> versions = views.versionsOf(notice.id());
        versions.stream().filter(v -> v.state() == NoticeState.DRAFT || v.state() == NoticeState.APPROVED)
                .findFirst().ifPresent(open -> {
                    throw new RequestRefused("Version " + open.number() + " of " + notice.name() + " is still "
                            + open.state().label().toLowerCase(Locale.UK) + ": issue it or edit it first.");
                });
        LocalDateTime now = calendar.now();
        NoticeVersion draft = versions.isEmpty() ? new NoticeVersion(notice.id(), 1, now, caller.getName())
                : NoticeVersion.copyOf(versions.get(0), versions.get(0).number() + 1, now, caller.getName());
        em.persist(draft);
        em.flush();
        if (draft.hasDocument()) {
            em.persist(new NoticeDocument(draft.id(), em.find(NoticeDocument.class, versions.get(0).id()).content()));
            em.flush();
        }
        return views.full(draft);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = VERSION)
    public NoticeVersionView save(long versionId, long version, NoticeVersionForm form) {
        NoticeVersion draft = draft(versionId, version);
        String text = NoticeText.sanitised(form.text());
        if (text != null && draft.hasDocument()) {
            throw new RequestRefused("The version is the PDF " + draft.fileName() + ": remove the PDF before "
                    + "writing its text.");
        }
        Set<Long> purposes = new HashSet<>(form.purposeIds());
        if (!purposes.isEmpty() && em.createQuery("select count(p) from Purpose p where p.id in :ids", Long.class)
                .setParameter("ids", purposes).getSingleResult() != purposes.size()) {
            throw new RequestRefused("Choose the purposes from the list.");
        }
        Set<NoticeItem> seen = new HashSet<>();
        List<NoticeItemRow> rows = form.items().stream().filter(answer -> seen.add(answer.item()))
                .map(answer -> new NoticeItemRow(answer.item(), answer.answer(),
                        Texts.blankToNull(answer.detail()))).toList();
        draft.write(text, purposes, rows, calendar.now(), caller.getName());
        em.flush();
        return views.full(draft);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = VERSION)
    public NoticeVersionView upload(long versionId, long version, DocumentUpload pdf) {
        NoticeVersion draft = draft(versionId, version);
        DocumentFacts facts;
        try {
            facts = DocumentFacts.of(pdf.fileName(), pdf.content());
        } catch (RefusedDocument refused) {
            throw new RequestRefused(refused.getMessage());
        }
        if (facts.type() != DocumentType.PDF) {
            throw new RequestRefused("A notice is uploaded as a PDF; " + facts.fileName() + " is "
                    + facts.type().label() + ".");
        }
        if (draft.text() != null) {
            throw new RequestRefused("The version has its text written: a version is either text or a PDF; "
                    + "clear the text before uploading a PDF.");
        }
        NoticeDocument stored = em.find(NoticeDocument.class, draft.id());
        if (stored != null) {
            em.remove(stored);
            em.flush();
        }
        em.persist(new NoticeDocument(draft.id(), pdf.content()));
        draft.document(facts, calendar.now(), caller.getName());
        em.flush();
        return views.full(draft);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = VERSION)
    public NoticeVersionView removeDocument(long versionId, long version) {
        NoticeVersion draft = draft(versionId, version);
        NoticeDocument stored = em.find(NoticeDocument.class, draft.id());
        if (stored != null) {
            em.remove(stored);
        }
        draft.document(null, calendar.now(), caller.getName());
        em.flush();
        return views.full(draft);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = VERSION)
    public NoticeVersionView approve(long versionId, long version) {
        NoticeVersion draft = current(versionId, version);
        NoticeChanges.requireApprovable(draft, completeness(draft));
        draft.approve(calendar.now(), caller.getName());
        em.flush();
        return views.full(draft);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = VERSION)
    public NoticeVersionView issue(long versionId, long version) {
        NoticeVersion approved = current(versionId, version);
        NoticeChanges.requireIssuable(approved, completeness(approved));
        LocalDateTime now = calendar.now();
        for (NoticeVersion earlier : views.versionsOf(approved.noticeId())) {
            if (earlier.state() == NoticeState.ISSUED) {
                earlier.withdraw(now, caller.getName());
            }
        }
        approved.issue(now, caller.getName());
        em.flush();
        return views.full(approved);
    }

    private static NoticeCompleteness completeness(NoticeVersion version) {
        return NoticeViews.completeness(version, NoticeViews.answers(version));
    }

    private NoticeVersion current(long versionId, long version) {
        NoticeVersion found = views.version(versionId);
        ConcurrentChange.check(found.version(), version, "Version " + found.number() + " of the notice");
        return found;
    }

    private NoticeVersion draft(long versionId, long version) {
        NoticeVersion found = current(versionId, version);
        NoticeChanges.requireDraft(found);
        return found;
    }
}
