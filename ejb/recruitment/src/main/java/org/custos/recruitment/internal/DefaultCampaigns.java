package org.custos.recruitment.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.recruitment.Campaign;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SearchText;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.CampaignQuery;
import org.custos.recruitment.api.CampaignStage;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.recruitment.api.ManagerChoice;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultCampaigns implements Campaigns {

    private static final String RECORD = "Campaign";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RecruitmentRecords records;

    @EJB
    AccountDirectory accounts;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public CampaignView open(CampaignForm form) {
        Campaign campaign = new Campaign(session.getCallerPrincipal().getName(), calendar.now());
        describe(campaign, form);
        em.persist(campaign);
        em.flush();
        return view(campaign);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public CampaignView update(long campaignId, long version, CampaignForm form) {
        Campaign campaign = records.campaign(campaignId, caller());
        ConcurrentChange.check(campaign.version(), version, "This campaign");
        describe(campaign, form);
        em.flush();
        return view(campaign);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public CampaignView closeToday(long campaignId, long version) {
        Campaign campaign = records.campaign(campaignId, caller());
        ConcurrentChange.check(campaign.version(), version, "This campaign");
        LocalDate today = calendar.today();
        if (!campaign.closesOn().isAfter(today)) {
            throw new RequestRefused("This campaign has already closed.");
        }
        if (campaign.opensOn().isAfter(today)) {
            throw new RequestRefused("This campaign has not opened yet: change its dates instead.");
        }
        campaign.closeOn(today);
        em.flush();
        return view(campaign);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(record = RECORD)
    public CampaignView campaign(long campaignId) {
        return view(records.campaign(campaignId, caller()));
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, Role.Names.HIRING_MANAGER})
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<CampaignView> search(CampaignQuery query) {
        RecruitmentCaller caller = caller();
        List<String> conditions = new ArrayList<>();
        if (caller.hiringManagerOnly()) {
            conditions.add(":me member of c.hiringManagers");
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("c.searchText like :text" + SearchText.ESCAPE);
        }
        if (query.stage() != null) {
            conditions.add(switch (query.stage()) {
                case UPCOMING -> "c.opensOn > :today";
                case OPEN -> "c.opensOn <= :today and c.closesOn >= :today";
                case CLOSED -> "c.closesOn < :today";
            });
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Campaign> rows = em.createQuery("select c from Campaign c" + where
                + " order by c.opensOn desc, c.id desc", Campaign.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Campaign c" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (caller.hiringManagerOnly()) {
                q.setParameter("me", caller.name());
            }
            if (query.text() != null && !query.text().isBlank()) {
                q.setParameter("text", SearchText.anywhere(SearchText.folded(query.text())));
            }
            if (query.stage() != null) {
                q.setParameter("today", calendar.today());
            }
        }
        List<CampaignView> page = rows.setFirstResult(query.first()).setMaxResults(query.pageSize())
                .getResultStream().map(this::view).toList();
        return new Page<>(page, count.getSingleResult());
    }

    @Override
    @AuditExempt("the account directory it asks writes the entry: a search of the accounts")
    public List<ManagerChoice> hiringManagers() {
        return accounts.holdingAny(Set.of(Role.HIRING_MANAGER)).stream()
                .map(account -> new ManagerChoice(account.username(), account.displayName())).toList();
    }

    private void describe(Campaign campaign, CampaignForm form) {
        Set<String> known = hiringManagers().stream().map(ManagerChoice::username).collect(Collectors.toSet());
        for (String manager : form.hiringManagers()) {
            if (!known.contains(manager)) {
                throw new RequestRefused(manager + " is not an active account with the hiring manager role.");
            }
        }
        campaign.describe(form.title().trim(), form.jobRole().trim(), form.opensOn(), form.closesOn(),
                form.hiringManagers());
    }

    private CampaignView view(Campaign campaign) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        em.createQuery("select a.status, count(a) from Application a where a.campaignId = :id group by a.status",
                Object[].class).setParameter("id", campaign.id()).getResultList()
                .forEach(row -> counts.put((ApplicationStatus) row[0], (Long) row[1]));
        return new CampaignView(campaign.id(), campaign.version(), campaign.title(), campaign.jobRole(),
                campaign.opensOn(), campaign.closesOn(), stage(campaign, calendar.today()),
                campaign.hiringManagers(), counts);
    }

    static CampaignStage stage(Campaign campaign, LocalDate today) {
        if (today.isBefore(campaign.opensOn())) {
            return CampaignStage.UPCOMING;
        }
        return today.isAfter(campaign.closesOn()) ? CampaignStage.CLOSED : CampaignStage.OPEN;
    }

    private RecruitmentCaller caller() {
        return RecruitmentCaller.of(session);
    }
}
