package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.security.AccessGrant;
import org.custos.domain.security.SensitiveRecord;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.SensitiveDataRights.SensitiveDataExport;
import org.custos.security.api.SensitiveDataRights.SensitiveErasure;

/**
 * A person's sensitive records and the approvals about them, read and erased for a rights request (D3, D5): what
 * {@link DefaultSensitiveDataRights} (the DPM's) and {@link DefaultSensitiveDataResumption} (the server's, finishing
 * what the DPM started) both do. No checks here: those beans are the doors.
 */
@Dependent
class SensitiveDataOfPerson {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ApprovalRecords approvals;

    @Inject
    AuditAfterCommit audit;

    SensitiveDataExport export(long subjectId) {
        return new SensitiveDataExport(em.createQuery("select r from SensitiveRecord r where r.subjectId = :subject"
                + " order by r.recordedAt, r.id", SensitiveRecord.class).setParameter("subject", subjectId)
                .getResultStream().map(DefaultSensitiveData::view).toList(),
                approvals.views(approvals.about(subjectId, Set.of())));
    }

    /**
     * Erases the person's records (but those their context keeps) and approvals; the grants naming them end, each
     * entry by {@code actor} and saying {@code how} the erasure came (empty for the DPM's own).
     */
    SensitiveErasure erase(long subjectId, String actor, String how) {
        em.createQuery("delete from Approval a where a.subjectId = :subject").setParameter("subject", subjectId)
                .executeUpdate();
        endGrantsNaming(subjectId, actor, how);
        int erased = em.createQuery("delete from SensitiveRecord r where r.subjectId = :subject"
                + " and r.keptByContext = false").setParameter("subject", subjectId).executeUpdate();
        Map<String, Long> kept = em.createQuery("select r.context, count(r) from SensitiveRecord r"
                + " where r.subjectId = :subject group by r.context", Object[].class).setParameter("subject", subjectId)
                .getResultStream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return new SensitiveErasure(erased, kept);
    }

    /**
     * X1, D5: a grant that names the person goes with them (its reason may name them too), each one ended in the
     * audit trail after the erasure commits; the entry that granted it stays there.
     */
    private void endGrantsNaming(long subjectId, String actor, String how) {
        List<AccessGrant> grants = em.createQuery("select g from AccessGrant g where g.subjectId = :subject",
                AccessGrant.class).setParameter("subject", subjectId).getResultList();
        for (AccessGrant grant : grants) {
            em.remove(grant);
            audit.append(new EntryDraft(actor, AuditAction.ACCESS_REVOKED, subjectId, "AccessGrant",
                    Long.toString(grant.id()), null, AuditOutcome.SUCCESS, "grant " + grant.id() + " to "
                    + grant.account() + " ended with the person's erasure" + how, List.of()));
        }
    }
}
