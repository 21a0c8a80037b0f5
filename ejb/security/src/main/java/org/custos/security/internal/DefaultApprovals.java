package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ApprovalGroups;
import org.custos.security.api.ApprovalQuery;
import org.custos.security.api.ApprovalRequestForm;
import org.custos.security.api.ApprovalView;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER})
public class DefaultApprovals implements Approvals {

    private static final String RECORD = "Approval";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ApprovalRecords records;

    @Inject
    UnrestrictedPeople people;

    @Inject
    ApprovalUsers users;

    @Inject
    @Any
    Instance<ApprovalGroups> groups;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Resource
    SessionContext session;

    @Override
    @Audited(value = AuditAction.APPROVAL_REQUESTED, record = RECORD)
    public ApprovalView request(ApprovalRequestForm form) {
        if (form.subjectId() != null) {
            people.require(form.subjectId(), form.purposeId());
        }
        if (form.wantedUntil().isBefore(records.today())) {
            throw new RequestRefused("The approval cannot be wanted until a date in the past.");
        }
        String groupKey = Texts.trimmedOrNull(form.groupKey());
        Approval approval = new Approval(form.subjectId(), groupKey, groupKey == null ? null : groupLabel(groupKey),
                form.purposeId(), form.justification().trim(), form.wantedUntil(), caller.getName(),
                LocalDateTime.now(clock));
        if (form.category() != null) {
            approval.forCategory(form.category(), form.condition(), Texts.trimmedOrNull(form.schedule1Condition()))
                    .usableAlsoBy(users.others(form.alsoUsedBy(), caller.getName()));
        } else {
            approval.forUseOutsideHr(form.dataArea(), form.userAccount().trim());
        }
        em.persist(approval);
        em.flush();
        return records.view(approval);
    }

    @Override
    @AuditExempt("reads no personal data: the name of a group of people, such as a campaign's conditional offers")
    public String groupLabel(String groupKey) {
        return groups.stream().map(group -> group.label(groupKey.trim())).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new RequestRefused("There is no such group of people. Ask for the approval from "
                        + "the page of the group, for example the application at its conditional offer."));
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.APPROVAL_GRANTED, record = RECORD)
    public ApprovalView approve(long approvalId, long version, LocalDate until, String note) {
        Approval approval = current(approvalId, version);
        ApprovalDecisions.checkMayApprove(approval, caller.getName(), until, records.today());
        approval.approve(caller.getName(), LocalDateTime.now(clock), until, Texts.trimmedOrNull(note));
        return saved(approval);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.APPROVAL_REJECTED, record = RECORD)
    public ApprovalView reject(long approvalId, long version, String reason) {
        Approval approval = current(approvalId, version);
        ApprovalDecisions.checkMayDecide(approval, caller.getName());
        approval.reject(caller.getName(), LocalDateTime.now(clock), reason.trim());
        return saved(approval);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.APPROVAL_REVOKED, record = RECORD)
    public ApprovalView revoke(long approvalId, long version, String reason) {
        Approval approval = current(approvalId, version);
        ApprovalDecisions.checkMayRevoke(approval);
        approval.revoke(caller.getName(), LocalDateTime.now(clock), reason.trim());
        return saved(approval);
    }

    @Override
    @Audited(record = RECORD)
    public ApprovalView approval(long approvalId) {
        Approval approval = records.byId(approvalId);
        if (!session.isCallerInRole(Role.Names.DPM) && !approval.requestedBy().equalsIgnoreCase(caller.getName())) {
            throw new AccessRefused("Only the DPM and the person who asked can see this request.");
        }
        return records.view(approval);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<ApprovalView> search(ApprovalQuery query) {
        return page(query, null);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<ApprovalView> mine(ApprovalQuery query) {
        return page(query, caller.getName());
    }

    /** One page of the requests of {@code query}'s status, of one requester's or everyone's, newest first. */
    private Page<ApprovalView> page(ApprovalQuery query, String requestedBy) {
        List<String> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add("a.status = :status");
        }
        if (requestedBy != null) {
            conditions.add("a.requestedBy = :me");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Approval> select = em.createQuery("select a from Approval a" + where
                + " order by a.requestedAt desc, a.id desc", Approval.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Approval a" + where, Long.class);
        for (TypedQuery<?> bound : List.of(select, count)) {
            if (query.status() != null) {
                bound.setParameter("status", query.status());
            }
            if (requestedBy != null) {
                bound.setParameter("me", requestedBy);
            }
        }
        List<Approval> rows = records.listed(select.setFirstResult(query.first()).setMaxResults(query.pageSize()));
        return new Page<>(records.views(rows), count.getSingleResult());
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public List<ApprovalView> endingBy(LocalDate date) {
        return records.views(records.listed(em.createQuery("select a from Approval a where a.status = :approved"
                + " and a.validUntil >= :today and a.validUntil <= :date order by a.validUntil, a.id", Approval.class)
                .setParameter("approved", ApprovalStatus.APPROVED).setParameter("today", records.today())
                .setParameter("date", date)));
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR})
    @Audited(record = RECORD)
    public List<ApprovalView> about(long subjectId) {
        return records.views(records.about(subjectId, Set.of()));
    }

    @Override
    @RolesAllowed({Role.Names.DPM, Role.Names.HR, Role.Names.HIRING_MANAGER, Role.Names.FINANCE})
    @Audited(record = RECORD)
    public void requireUseOutsideHr(long subjectId, Set<String> groups, DataArea area) {
        if (session.isCallerInRole(Role.Names.HR)) {
            return;
        }
        people.require(subjectId);
        LocalDate today = records.today();
        boolean approved = records.about(subjectId, groups).stream().anyMatch(approval -> ApprovalCoverage
                .coversUseOutsideHr(approval, subjectId, groups, area, caller.getName(), today));
        if (!approved) {
            throw new AccessRefused("Using " + area.label().toLowerCase() + " data outside HR needs the DPM's "
                    + "written approval, and none is in force for you.");
        }
    }

    @Override
    @RolesAllowed({Role.Names.HIRING_MANAGER, Role.Names.FINANCE})
    @Audited(record = RECORD)
    public Page<ApprovalView> sharedWithMe(int first, int pageSize) {
        String where = " from Approval a where a.dataArea is not null and a.subjectId is not null"
                + " and lower(a.userAccount) = :me and " + ApprovalCoverage.IN_FORCE;
        TypedQuery<Approval> select = em.createQuery("select a" + where + " order by a.validUntil, a.id",
                Approval.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
        for (TypedQuery<?> bound : List.of(select, count)) {
            bound.setParameter("me", caller.getName().toLowerCase(Locale.ROOT)).setParameter("today",
                    records.today());
        }
        List<Approval> rows = records.listed(select.setFirstResult(first).setMaxResults(pageSize));
        return new Page<>(records.views(rows), count.getSingleResult());
    }

    private Approval current(long approvalId, long version) {
        Approval approval = records.byId(approvalId);
        ConcurrentChange.check(approval.version(), version, "This request for approval");
        return approval;
    }

    private ApprovalView saved(Approval approval) {
        em.flush();
        return records.view(approval);
    }
}
