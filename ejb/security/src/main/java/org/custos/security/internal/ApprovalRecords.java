package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalView;

/** Finding approvals and showing them, for the approvals facade and the gate. */
@Dependent
class ApprovalRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Approval byId(long approvalId) {
        Approval approval = em.find(Approval.class, approvalId);
        if (approval == null) {
            throw new AccessRefused("There is no such request for approval.");
        }
        return approval;
    }

    /** Every request about the person or one of the groups, newest first. */
    List<Approval> about(long subjectId, Set<String> groups) {
        String query = "select a from Approval a where a.subjectId = :subject"
                + (groups.isEmpty() ? "" : " or a.groupKey in :groups") + " order by a.requestedAt desc, a.id desc";
        var select = em.createQuery(query, Approval.class).setParameter("subject", subjectId);
        return listed(groups.isEmpty() ? select : select.setParameter("groups", groups));
    }

    /** The approvals a query lists, the accounts named on them read in one more query for all, not one each. */
    List<Approval> listed(TypedQuery<Approval> query) {
        return query.setHint("eclipselink.batch", "a.namedUsers").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    ApprovalView view(Approval approval) {
        return views(List.of(approval)).get(0);
    }

    /** The views of listed approvals; the people they are about named in one query for all. */
    List<ApprovalView> views(List<Approval> approvals) {
        Map<Long, String> names = namesOf(approvals.stream().map(Approval::subjectId).filter(Objects::nonNull)
                .distinct().toList());
        return approvals.stream().map(approval -> view(approval, names.get(approval.subjectId()))).toList();
    }

    private ApprovalView view(Approval approval, String subjectName) {
        return new ApprovalView(approval.id(), approval.version(), approval.subjectId(), subjectName,
                approval.groupKey(), approval.groupLabel(), approval.category(), approval.condition(),
                approval.schedule1Condition(), approval.dataArea(), approval.userAccount(), approval.namedUsers(),
                approval.purposeId(),
                approval.justification(), approval.wantedUntil(), approval.status(), approval.requestedBy(),
                approval.requestedAt(), approval.decidedBy(), approval.decidedAt(), approval.validUntil(),
                approval.decisionReason(), approval.revokedBy(), approval.revokedAt(), approval.revocationReason(),
                ApprovalCoverage.inForce(approval, today()));
    }

    private Map<Long, String> namesOf(List<Long> subjectIds) {
        Map<Long, String> names = new HashMap<>();
        if (!subjectIds.isEmpty()) {
            em.createQuery("select s.id, s.givenNames, s.familyName from DataSubject s where s.id in :ids",
                    Object[].class).setParameter("ids", subjectIds).getResultList()
                    .forEach(row -> names.put((Long) row[0], row[1] + " " + row[2]));
        }
        return names;
    }
}
