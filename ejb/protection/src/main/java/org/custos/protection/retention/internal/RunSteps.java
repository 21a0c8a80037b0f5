package org.custos.protection.retention.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.protection.RetentionReviewItem;
import org.custos.domain.protection.RetentionRun;
import org.custos.domain.protection.RetentionRunContext;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;

/**
 * The steps of a retention run (R6), each committed on its own: the start, each context (what it reports due goes
 * into the queue in one transaction, so that a run stopped half-way leaves each context queued whole or not at all),
 * a context's failure, and the end. Queuing is idempotent: an item already in the queue, from this run or an
 * earlier one, is not queued again, and the table's key keeps it so even if two runs ever met.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunSteps {

    private static final String INSERT = "insert into prot_retention_item (id, version, context, record_type,"
            + " record_id, rule_key, subject_id, due_on, reason, run_id, queued_at, state)"
            + " values (nextval('prot_retention_seq'), 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING') on conflict do nothing";

    /** Items as the database has them now, not as this server's cache last saw them: another server decides too. */
    private static final String REFRESH = "eclipselink.refresh";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    ComplianceCalendar calendar;

    /**
     * Starts a run for the holder of the lease: a run still marked running lost its server (the lease it held ran
     * out, or this one could not have been taken) and is marked interrupted; the new run lists every context to ask.
     */
    public long begin(String leaseHolder, String startedBy) {
        LocalDateTime now = calendar.now();
        for (RetentionRun stale : em.createQuery("select r from RetentionRun r where r.state = :running",
                RetentionRun.class).setParameter("running", RetentionRun.State.RUNNING).getResultList()) {
            stale.interrupted(now);
        }
        RetentionRun run = new RetentionRun(calendar.today(), now, startedBy);
        em.persist(run);
        em.flush();
        for (PersonalDataHolder holder : holders.sorted()) {
            em.persist(new RetentionRunContext(run.id(), holder.context().key()));
        }
        em.createNativeQuery("update prot_retention_lease set run_id = ? where name = 'retention' and holder = ?")
                .setParameter(1, run.id()).setParameter(2, leaseHolder).executeUpdate();
        return run.id();
    }

    /** The contexts the run asks, in order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> contexts(long runId) {
        return em.createQuery("select c.context from RetentionRunContext c where c.runId = :run order by c.context",
                String.class).setParameter("run", runId).getResultList();
    }

    /**
     * Asks one context what is due on the run's day and queues each item not yet queued; items it extended whose
     * date has come and that it still reports due go back to the queue. Records what it found and queued.
     */
    public void ask(long runId, String context) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        DueItems due = new DueItems(holders.of(context).dueForReview(run.asOf()));
        LocalDateTime now = calendar.now();
        int queued = 0;
        for (RetentionItem item : due.notIn(queuedKeys(context))) {
            queued += em.createNativeQuery(INSERT).setParameter(1, item.context()).setParameter(2, item.recordType())
                    .setParameter(3, item.recordId()).setParameter(4, item.rule()).setParameter(5, item.subjectId())
                    .setParameter(6, item.dueOn()).setParameter(7, item.reason()).setParameter(8, runId)
                    .setParameter(9, now).executeUpdate();
        }
        for (RetentionReviewItem extended : em.createQuery("select i from RetentionReviewItem i"
                + " where i.context = :context and i.state = :extended and i.extendedUntil <= :today",
                RetentionReviewItem.class).setParameter("context", context)
                .setParameter("extended", RetentionReviewItem.State.EXTENDED).setParameter("today", run.asOf())
                .setHint(REFRESH, "true").getResultList()) {
            if (due.backFromExtension(DueItems.key(extended.context(), extended.recordType(), extended.recordId(),
                    extended.ruleKey()), extended.extendedUntil(), run.asOf())) {
                extended.requeue();
                queued++;
            }
        }
        contextOf(runId, context).finished(due.found(), queued, calendar.now());
    }

    /** Records why a context could not be asked; the run goes on to the next. */
    public void failed(long runId, String context, String why) {
        contextOf(runId, context).failed(why, calendar.now());
    }

    /** Ends a run that is still running (one that lost its lease was marked by the run that took it over). */
    public void end(long runId, RetentionRun.State state) {
        RetentionRun run = em.find(RetentionRun.class, runId);
        if (run.state() != RetentionRun.State.RUNNING) {
            return;
        }
        LocalDateTime now = calendar.now();
        switch (state) {
            case FINISHED -> run.finished(now);
            case INTERRUPTED -> run.interrupted(now);
            default -> run.failed(now);
        }
    }

    private Set<String> queuedKeys(String context) {
        Set<String> keys = new HashSet<>();
        for (Object[] row : em.createQuery("select i.recordType, i.recordId, i.ruleKey from RetentionReviewItem i"
                + " where i.context = :context", Object[].class).setParameter("context", context).getResultList()) {
            keys.add(DueItems.key(context, (String) row[0], (String) row[1], (String) row[2]));
        }
        return keys;
    }

    private RetentionRunContext contextOf(long runId, String context) {
        return em.createQuery("select c from RetentionRunContext c where c.runId = :run and c.context = :context",
                RetentionRunContext.class).setParameter("run", runId).setParameter("context", context)
                .getSingleResult();
    }
}
