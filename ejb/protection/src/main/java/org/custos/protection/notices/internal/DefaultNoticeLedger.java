package org.custos.protection.notices.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.protection.Notice;
import org.custos.domain.protection.NoticeGiven;
import org.custos.domain.protection.NoticeVersion;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.Page;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.notices.api.NoticeOwed;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/** The reads and writes of the notices given and owed (N2), for the facade and the record contexts. */
@Dependent
class DefaultNoticeLedger implements NoticeLedger {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Inject
    RegisteredPeople people;

    @Inject
    Notices notices;

    @Override
    public NoticeGivenView collected(long subjectId, NoticeAudience audience, LocalDate on, NoticeMethod how,
            String context, long recordId) {
        people.byId(subjectId);
        Optional<NoticeVersionSummary> issued = notices.issuedVersion(audience);
        NoticeGiven row = owedRow(subjectId, noticeOf(audience, issued), true, on, null, context, recordId);
        if (issued.isPresent() && !on.isAfter(calendar.today())) {
            row.given(issued.get().noticeId(), issued.get().id(), on, how, caller.getName(), calendar.now());
            em.flush();
        }
        return view(row);
    }

    @Override
    public Optional<NoticeGivenView> givenIssued(long subjectId, NoticeAudience audience, LocalDate on,
            NoticeMethod how) {
        Optional<NoticeVersionSummary> issued = notices.issuedVersion(audience);
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        people.byId(subjectId);
        return Optional.of(view(give(List.of(subjectId), issued.get(), on, how).get(0)));
    }

    @Override
    public NoticeGivenView obtained(long subjectId, NoticeAudience audience, LocalDate on, String source,
            String context, long recordId) {
        return owed(subjectId, audience, on, source, context, recordId);
    }

    /** A notice owed for data obtained from {@code source}, by a context's record or by HR or the DPM (none). */
    NoticeGivenView owed(long subjectId, NoticeAudience audience, LocalDate on, String source, String context,
            Long recordId) {
        refuseIf(NoticeGivenRules.obtainedRefusal(on, calendar.today()));
        people.byId(subjectId);
        long noticeId = noticeOf(audience, notices.issuedVersion(audience));
        return view(owedRow(subjectId, noticeId, false, on, source.trim(), context, recordId));
    }

    private NoticeGiven owedRow(long subjectId, long noticeId, boolean fromPerson, LocalDate on, String source,
            String context, Long recordId) {
        NoticeGiven row = new NoticeGiven(subjectId, noticeId, fromPerson, on, source,
                calendar.noticeDue(on, fromPerson, null), context, recordId, caller.getName(), calendar.now());
        em.persist(row);
        em.flush();
        return row;
    }

    /** The person was given the issued version: the notice they were owed of it is marked, or a row is added. */
    NoticeGivenView given(long subjectId, long versionId, LocalDate on, NoticeMethod how) {
        NoticeVersionSummary issued = notices.requireIssued(versionId);
        people.byId(subjectId);
        return view(give(List.of(subjectId), issued, on, how).get(0));
    }

    /** Each of the people was given the issued version, as {@link #given}, in a few statements. */
    List<NoticeGivenView> givenToGroup(Collection<Long> subjectIds, long versionId, LocalDate on, NoticeMethod how) {
        NoticeVersionSummary issued = notices.requireIssued(versionId);
        Set<Long> distinct = new LinkedHashSet<>(subjectIds);
        long known = em.createQuery("select count(s) from DataSubject s where s.id in :ids", Long.class)
                .setParameter("ids", distinct).getSingleResult();
        if (known != distinct.size()) {
            throw new AccessRefused("Some of the people chosen are not in the register.");
        }
        List<NoticeGiven> rows = give(distinct, issued, on, how);
        return views(rows);
    }

    private List<NoticeGiven> give(Collection<Long> subjectIds, NoticeVersionSummary issued, LocalDate on,
            NoticeMethod how) {
        LocalDate today = calendar.today();
        Map<Long, NoticeGiven> owed = em.createQuery("select g from NoticeGiven g, Notice n where n.id = g.noticeId"
                + " and n.audience = :audience and g.subjectId in :ids and g.givenOn is null"
                + " order by g.dueOn desc, g.id desc", NoticeGiven.class)
                .setParameter("ids", subjectIds).setParameter("audience", issued.audience()).getResultList().stream()
                .collect(Collectors.toMap(NoticeGiven::subjectId, Function.identity(), (later, earlier) -> earlier));
        LocalDateTime now = calendar.now();
        List<NoticeGiven> rows = new ArrayList<>();
        for (Long subjectId : subjectIds) {
            NoticeGiven row = owed.get(subjectId);
            refuseIf(NoticeGivenRules.givenRefusal(on, row, today));
            if (row == null) {
                row = new NoticeGiven(subjectId, issued.noticeId(), true, on, null, on, null, null,
                        caller.getName(), now);
                em.persist(row);
            }
            row.given(issued.noticeId(), issued.id(), on, how, caller.getName(), now);
            rows.add(row);
        }
        em.flush();
        return rows;
    }

    /** The first communication or disclosure on {@code on}, which brings the deadline forward if sooner. */
    NoticeGivenView firstContact(long noticeGivenId, long version, LocalDate on) {
        NoticeGiven row = em.find(NoticeGiven.class, noticeGivenId);
        if (row == null) {
            throw new AccessRefused("There is no such notice owed.");
        }
        people.byId(row.subjectId());
        ConcurrentChange.check(row.version(), version, "The notice owed");
        refuseIf(NoticeGivenRules.firstContactRefusal(row, on, calendar.today()));
        row.firstContact(on, calendar.noticeDue(row.obtainedOn(), false, on), caller.getName(), calendar.now());
        em.flush();
        return view(row);
    }

    @Override
    public List<NoticeGivenView> of(long subjectId) {
        people.byId(subjectId);
        return views(rowsOf(subjectId));
    }

    @Override
    public Optional<NoticeGivenView> forRecord(String context, long recordId, long subjectId,
            NoticeAudience audience) {
        Optional<NoticeGiven> own = em.createQuery("select g from NoticeGiven g where g.context = :context"
                + " and g.recordId = :record order by g.id desc", NoticeGiven.class).setParameter("context", context)
                .setParameter("record", recordId).setMaxResults(1).getResultStream().findFirst();
        Optional<NoticeGiven> row = own.isPresent() ? own : em.createQuery("select g from NoticeGiven g, Notice n"
                + " where n.id = g.noticeId and n.audience = :audience and g.subjectId = :subject"
                + " order by g.obtainedOn desc, g.id desc", NoticeGiven.class).setParameter("audience", audience)
                .setParameter("subject", subjectId).setMaxResults(1).getResultStream().findFirst();
        return row.map(this::view);
    }

    @Override
    public int eraseFor(long subjectId) {
        List<NoticeGiven> rows = rowsOf(subjectId);
        rows.forEach(em::remove);
        em.flush();
        return rows.size();
    }

    private List<NoticeGiven> rowsOf(long subjectId) {
        return em.createQuery("select g from NoticeGiven g where g.subjectId = :subject"
                + " order by g.obtainedOn desc, g.id desc", NoticeGiven.class).setParameter("subject", subjectId)
                .getResultList();
    }

    /** The notices owed and due by {@code dueBy}, soonest first, a page of them, in two statements. */
    Page<NoticeOwed> owedBy(LocalDate dueBy, int first, int pageSize) {
        String where = " from prot_notice_given g join core_data_subject s on s.id = g.subject_id"
                + " join prot_notice n on n.id = g.notice_id where g.given_on is null and g.due_on <= ?1";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.id, g.subject_id, s.given_names, s.family_name, n.name,"
                + " g.from_person, g.obtained_on, g.source, g.due_on" + where + " order by g.due_on, g.id")
                .setParameter(1, Date.valueOf(dueBy)).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*)" + where).setParameter(1, Date.valueOf(dueBy))
                .getSingleResult()).longValue();
        return new Page<>(rows.stream().map(row -> new NoticeOwed(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), row[2] + " " + row[3], (String) row[4], Boolean.TRUE.equals(row[5]),
                day(row[6]), (String) row[7], day(row[8]))).toList(), total);
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    /** The notice of the audience whose version is issued, else the audience's first. */
    private long noticeOf(NoticeAudience audience, Optional<NoticeVersionSummary> issued) {
        if (issued.isPresent()) {
            return issued.get().noticeId();
        }
        return em.createQuery("select n from Notice n where n.audience = :audience order by n.id", Notice.class)
                .setParameter("audience", audience).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new RequestRefused("There is no privacy notice for "
                        + audience.label().toLowerCase(Locale.UK) + ".")).id();
    }

    private NoticeGivenView view(NoticeGiven row) {
        return views(List.of(row)).get(0);
    }

    /** The views of the rows, with their notices and versions read in two statements. */
    private List<NoticeGivenView> views(List<NoticeGiven> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> noticeIds = new HashSet<>();
        Set<Long> versionIds = new HashSet<>();
        for (NoticeGiven row : rows) {
            noticeIds.add(row.noticeId());
            if (row.noticeVersionId() != null) {
                versionIds.add(row.noticeVersionId());
            }
        }
        Map<Long, Notice> byNotice = em.createQuery("select n from Notice n where n.id in :ids", Notice.class)
                .setParameter("ids", noticeIds).getResultStream()
                .collect(Collectors.toMap(Notice::id, Function.identity()));
        Map<Long, Integer> numbers = versionIds.isEmpty() ? Map.of()
                : em.createQuery("select v from NoticeVersion v where v.id in :ids", NoticeVersion.class)
                        .setParameter("ids", versionIds).getResultStream()
                        .collect(Collectors.toMap(NoticeVersion::id, NoticeVersion::number));
        return rows.stream().map(row -> {
            Notice notice = byNotice.get(row.noticeId());
            return new NoticeGivenView(row.id(), row.version(), row.subjectId(), notice.id(), notice.name(),
                    notice.audience(), row.noticeVersionId(),
                    row.noticeVersionId() == null ? null : numbers.get(row.noticeVersionId()), row.fromPerson(),
                    row.obtainedOn(), row.source(), row.firstContactOn(), row.dueOn(), row.givenOn(), row.method(),
                    row.context(), row.recordId(), row.recordedBy(), row.recordedAt());
        }).toList();
    }

    private static void refuseIf(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }
}
