package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.domain.subject.DataSubject;
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
        String subjectName = approval.subjectId() == null ? null : nameOf(approval.subjectId());
        return new ApprovalView(approval.id(), approval.version(), approval.subjectId(), subjectName,
                approval.groupKey(), approval.groupLabel(), approval.category(), approval.condition(),
                approval.schedule1Condition(), approval.dataArea(), approval.userAccount(), approval.namedUsers(),
                approval.purposeId(),
                approval.justification(), approval.wantedUntil(), approval.status(), approval.requestedBy(),
                approval.requestedAt(), approval.decidedBy(), approval.decidedAt(), approval.validUntil(),
                approval.decisionReason(), approval.revokedBy(), approval.revokedAt(), approval.revocationReason(),
                ApprovalCoverage.inForce(approval, today()));
    }

    List<ApprovalView> views(List<Approval> approvals) {
        return approvals.stream().map(this::view).toList();
    }

    private String nameOf(long subjectId) {
        DataSubject person = em.find(DataSubject.class, subjectId);
        return person == null ? null : person.givenNames() + " " + person.familyName();
    }
}
