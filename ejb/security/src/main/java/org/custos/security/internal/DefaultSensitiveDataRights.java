package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.security.AccessGrant;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Audited;
import org.custos.security.api.SensitiveDataRights;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultSensitiveDataRights implements SensitiveDataRights {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ApprovalRecords approvals;

    @Inject
    AuditAfterCommit audit;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.EXPORT, record = "SensitiveRecord")
    public SensitiveDataExport exportAbout(long subjectId) {
        return new SensitiveDataExport(em.createQuery("select r from SensitiveRecord r where r.subjectId = :subject"
                + " order by r.recordedAt, r.id", SensitiveRecord.class).setParameter("subject", subjectId)
                .getResultStream().map(DefaultSensitiveData::view).toList(),
                approvals.views(approvals.about(subjectId, Set.of())));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "SensitiveRecord")
    public boolean correct(long subjectId, long recordId, String content) {
        SensitiveRecord record = em.find(SensitiveRecord.class, recordId);
        if (record == null || record.subjectId() != subjectId) {
            return false;
        }
        record.correct(content);
        em.flush();
        return true;
    }

    @Override
    @Audited(value = AuditAction.ERASE, record = "SensitiveRecord")
    public SensitiveErasure eraseAbout(long subjectId) {
        em.createQuery("delete from Approval a where a.subjectId = :subject").setParameter("subject", subjectId)
                .executeUpdate();
        endGrantsNaming(subjectId);
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
    private void endGrantsNaming(long subjectId) {
        List<AccessGrant> grants = em.createQuery("select g from AccessGrant g where g.subjectId = :subject",
                AccessGrant.class).setParameter("subject", subjectId).getResultList();
        for (AccessGrant grant : grants) {
            em.remove(grant);
            audit.append(new EntryDraft(caller.getName(), AuditAction.ACCESS_REVOKED, subjectId, "AccessGrant",
                    Long.toString(grant.id()), null, AuditOutcome.SUCCESS, "grant " + grant.id() + " to "
                    + grant.account() + " ended with the person's erasure", List.of()));
        }
    }
}
