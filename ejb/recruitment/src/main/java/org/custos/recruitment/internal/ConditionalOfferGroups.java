package org.custos.recruitment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.domain.recruitment.Campaign;
import org.custos.recruitment.api.ApprovalGroup;
import org.custos.security.api.ApprovalGroups;

/**
 * L4: the group one approval (of one category) can cover, every applicant of a campaign at the conditional offer.
 * The one home of its key and label: the gate finds the label from the key here, so a request names only a
 * campaign that exists, under its own title.
 */
@ApplicationScoped
class ConditionalOfferGroups implements ApprovalGroups {

    private static final Pattern KEY = Pattern.compile("recruitment:campaign:(\\d{1,18}):conditional-offers");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    static ApprovalGroup of(Campaign campaign) {
        return new ApprovalGroup("recruitment:campaign:" + campaign.id() + ":conditional-offers",
                "Conditional offers of the campaign " + campaign.title());
    }

    @Override
    public Optional<String> label(String groupKey) {
        Matcher key = KEY.matcher(groupKey);
        if (!key.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Campaign.class, Long.parseLong(key.group(1))))
                .map(campaign -> of(campaign).label());
    }
}
