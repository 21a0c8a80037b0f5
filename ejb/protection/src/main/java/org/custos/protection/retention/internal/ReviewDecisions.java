package org.custos.protection.retention.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.domain.protection.RetentionDecision;
import org.custos.domain.protection.RetentionReviewItem;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.retention.api.DecisionOutcome;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.spi.HolderRegistry;
import org.custos.security.api.RequestRefused;

/**
 * Records reviewers' decisions in a transaction of its own, committed before they are carried out in the background
 * (R6): each decision with the schedule version in force, who and when; an item refused is named with the reason.
 */
@Stateless
@RolesAllowed({Role.Names.DPM, Role.Names.HR})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReviewDecisions {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    RetentionHolds holds;

    @Inject
    ScheduleVersions versions;

    @Inject
    ReviewScope scope;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    Principal caller;

    public DecisionOutcome decide(List<Long> itemIds, RetentionAction action) {
        List<RetentionReviewItem> items = items(itemIds);
        Map<RetentionHolds.Records, List<String>> held = holds.of(items.stream()
                .map(item -> new RetentionHolds.Records(item.subjectId(), item.context())).toList());
        int version = versions.current();
        LocalDateTime now = calendar.now();
        List<String> refused = new ArrayList<>();
        int decided = 0;
        for (RetentionReviewItem item : items) {
            String refusal = DecisionRules.refusal(item, action,
                    DecisionRules.offered(holders.retentionRule(item.ruleKey())),
                    held.getOrDefault(new RetentionHolds.Records(item.subjectId(), item.context()), List.of()));
            if (refusal != null) {
                refused.add(name(item) + ": " + refusal);
                continue;
            }
            item.decide(action.name());
            em.persist(new RetentionDecision(item.id(), action.name(), version, caller.getName(), now));
            decided++;
        }
        em.flush();
        return new DecisionOutcome(decided, refused);
    }

    public DecisionOutcome extend(List<Long> itemIds, ExtensionForm form) {
        ExtensionRules.check(form, calendar.today());
        List<RetentionReviewItem> items = items(itemIds);
        Period legalRisk = calendar.legalRiskExtension();
        List<String> refused = new ArrayList<>();
        for (RetentionReviewItem item : items) {
            String refusal = DecisionRules.decidable(item.state())
                    ? ExtensionRules.refusal(form, item.dueOn(), legalRisk)
                    : "it was decided already.";
            if (refusal != null) {
                refused.add(name(item) + ": " + refusal);
            }
        }
        if (!refused.isEmpty()) {
            throw new RequestRefused("Nothing was extended. " + String.join(" ", refused));
        }
        int version = versions.current();
        LocalDateTime now = calendar.now();
        for (RetentionReviewItem item : items) {
            item.extend(form.until());
            em.persist(RetentionDecision.extension(item.id(), form.reason().name(), Texts.blankToNull(form.note()),
                    form.until(), version, caller.getName(), now));
        }
        em.flush();
        return new DecisionOutcome(items.size(), List.of());
    }

    private List<RetentionReviewItem> items(List<Long> itemIds) {
        List<RetentionReviewItem> items = em.createQuery("select i from RetentionReviewItem i where i.id in :ids"
                + " order by i.id", RetentionReviewItem.class).setParameter("ids", List.copyOf(itemIds))
                .getResultList();
        if (items.size() != itemIds.stream().distinct().count()) {
            throw new RequestRefused("Some of the items chosen are no longer in the queue: reload the page.");
        }
        items.forEach(item -> scope.require(item.context()));
        return items;
    }

    private String name(RetentionReviewItem item) {
        return holders.retentionRule(item.ruleKey()).map(rule -> rule.label())
                .orElse(DefaultRetentionReview.UNDECLARED) + " " + item.recordId();
    }
}
