package org.custos.protection.retention.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.custos.domain.protection.RetentionDecision;
import org.custos.domain.protection.RetentionReviewItem;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;

/**
 * Carries out the decided items of one person in one context, in a transaction of its own (R6): the items locked
 * so that no two servers carry out one twice, the holds checked again, the SHA-256 of the person's record set there
 * taken before anything goes, each item disposed of through the context's holder and its decision completed. A
 * failure rolls back the whole group; {@link #fail} then records it in another transaction. Each group carried out
 * leaves an audit entry ({@link CarryOutAudit}) naming the reviewers who decided.
 * <p>
 * {@code @PermitAll}, like {@link RetentionCarrier}: it carries out only what a reviewer has decided already (the
 * facade checked that reviewer's role then, and the decision keeps who it was), and it runs at the server's start
 * and on the nightly run with no one signed in. It is internal: the web module cannot reach it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CarryOutStep {

    private static final int FAILURE_MAX = 2000;
    private static final int KEPT_MAX = 4000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    RetentionHolds holds;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    CarryOutAudit audit;

    /** Carries out the group; nothing when none of its items is still decided (another server did it). */
    public void carryOut(long subjectId, String context) {
        List<RetentionReviewItem> items = decided(subjectId, context);
        if (items.isEmpty()) {
            return;
        }
        List<String> held = holds.of(subjectId, context);
        if (!held.isEmpty()) {
            failAll(items, "Not carried out: " + String.join("; ", held) + ".");
            return;
        }
        PersonalDataHolder holder = holders.of(context);
        String hash = RecordSetHash.of(holder.export(subjectId));
        List<Long> itemIds = new ArrayList<>();
        Map<String, Integer> byDisposal = new LinkedHashMap<>();
        TreeSet<String> deciders = new TreeSet<>();
        int records = 0;
        for (RetentionReviewItem item : items) {
            ErasureOutcome outcome = holder.dispose(new RetentionItem(item.context(), item.recordType(),
                    item.recordId(), item.subjectId(), item.dueOn(), item.ruleKey(), item.reason()),
                    Disposal.valueOf(item.decision()));
            RetentionDecision decision = decisionOf(item);
            decision.carriedOut(calendar.now(), outcome.erased(),
                    cut(String.join(" ", outcome.keptWithReasons()), KEPT_MAX), hash);
            item.done();
            itemIds.add(item.id());
            byDisposal.merge(item.decision(), 1, Integer::sum);
            deciders.add(decision.decidedBy());
            records += outcome.erased();
        }
        em.flush();
        audit.carriedOut(new CarriedOutGroup(subjectId, context, itemIds, byDisposal, records, hash,
                List.copyOf(deciders)));
    }

    /**
     * The next groups (person and context) with decided items, the earliest decided first, at most {@code limit}:
     * read in a transaction of its own, so that each look sees what this and other servers have done since.
     */
    public List<List<Object>> waiting(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject_id, context from prot_retention_item"
                + " where state = 'DECIDED' group by subject_id, context order by min(id)")
                .setMaxResults(limit).getResultList();
        return rows.stream().map(row -> List.<Object>of(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** Records that carrying the group out failed: its items visibly not done, to be decided again. */
    public void fail(long subjectId, String context, String failure) {
        failAll(decided(subjectId, context), "Carrying it out failed, and nothing of it was done: " + failure);
    }

    private void failAll(List<RetentionReviewItem> items, String failure) {
        for (RetentionReviewItem item : items) {
            decisionOf(item).failed(cut(failure, FAILURE_MAX));
            item.failed();
        }
        em.flush();
    }

    private List<RetentionReviewItem> decided(long subjectId, String context) {
        return em.createQuery("select i from RetentionReviewItem i where i.subjectId = :subject"
                + " and i.context = :context and i.state = :decided order by i.id", RetentionReviewItem.class)
                .setParameter("subject", subjectId).setParameter("context", context)
                .setParameter("decided", RetentionReviewItem.State.DECIDED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private RetentionDecision decisionOf(RetentionReviewItem item) {
        return em.createQuery("select d from RetentionDecision d where d.itemId = :item and d.action = :action"
                + " and d.carriedOutAt is null order by d.id desc", RetentionDecision.class)
                .setParameter("item", item.id()).setParameter("action", item.decision()).setMaxResults(1)
                .getSingleResult();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
