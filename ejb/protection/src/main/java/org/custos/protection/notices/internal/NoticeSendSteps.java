package org.custos.protection.notices.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.protection.NoticeGiven;
import org.custos.domain.protection.NoticeSend;
import org.custos.domain.protection.NoticeVersion;
import org.custos.domain.protection.Notice;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeSendView;
import org.custos.security.api.AccessRefused;

/**
 * The steps of sending a new version to everyone who had an older one (N2), each in a transaction of its own: the
 * start (the people counted), a batch (the next people not yet given the new version, recorded as given it; the send
 * row locked, so that two runs do not give it twice), and the progress. {@code @PermitAll} as {@code RetentionCarrier}:
 * internal, started by the facade {@code NoticesGiven} (HR or the DPM), keeping who started it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NoticeSendSteps {

    /** People per batch. */
    static final int BATCH = 200;

    private static final String NEXT = " from prot_notice_given g where g.notice_version_id = ?1 and not exists"
            + " (select 1 from prot_notice_given h where h.subject_id = g.subject_id and h.notice_version_id = ?2)";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    /** A send started, with the people still to be given the new version counted. */
    public long start(NoticeSend send) {
        em.persist(send);
        em.flush();
        return send.id();
    }

    /** How many people had {@code fromVersionId} and were not given {@code toVersionId}. */
    public int peopleLeft(long fromVersionId, long toVersionId) {
        return ((Number) em.createNativeQuery("select count(distinct g.subject_id)" + NEXT)
                .setParameter(1, fromVersionId).setParameter(2, toVersionId).getSingleResult()).intValue();
    }

    /** The next batch recorded as given the new version; how many (none: the send is done). */
    public int batch(long sendId) {
        NoticeSend send = em.find(NoticeSend.class, sendId, LockModeType.PESSIMISTIC_WRITE);
        if (send == null || send.state() == NoticeSend.State.DONE) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Number> people = em.createNativeQuery("select distinct g.subject_id" + NEXT + " order by g.subject_id")
                .setParameter(1, send.fromVersionId()).setParameter(2, send.toVersionId()).setMaxResults(BATCH)
                .getResultList();
        LocalDateTime now = calendar.now();
        if (people.isEmpty()) {
            send.finish(now);
            return 0;
        }
        long noticeId = em.find(NoticeVersion.class, send.toVersionId()).noticeId();
        for (Number subjectId : people) {
            NoticeGiven row = new NoticeGiven(subjectId.longValue(), noticeId, true, send.givenOn(), null,
                    send.givenOn(), null, null, send.startedBy(), now);
            row.given(noticeId, send.toVersionId(), send.givenOn(), send.method(), send.startedBy(), now);
            em.persist(row);
        }
        send.done(people.size());
        em.flush();
        return people.size();
    }

    /** The send and its progress. */
    public NoticeSendView view(long sendId) {
        NoticeSend send = em.find(NoticeSend.class, sendId);
        if (send == null) {
            throw new AccessRefused("There is no such sending of a notice.");
        }
        return new NoticeSendView(send.id(), title(send.fromVersionId()), title(send.toVersionId()), send.method(),
                send.givenOn(), send.peopleTotal(), send.peopleDone(), send.state() == NoticeSend.State.DONE,
                send.startedBy(), send.startedAt(), send.finishedAt());
    }

    private String title(long versionId) {
        NoticeVersion version = em.find(NoticeVersion.class, versionId);
        return em.find(Notice.class, version.noticeId()).name() + ", version " + version.number();
    }
}
