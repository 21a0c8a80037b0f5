package org.custos.recruitment.testsupport;

import java.time.LocalDate;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Names;

/**
 * Recruitment campaigns as HR opens them (C1):
 * <pre>{@code
 * CampaignView campaign = CampaignForms.anOpenCampaign().managedBy("ann.lee").recordedIn(campaigns);
 * }</pre>
 * Unless told otherwise a campaign recruits a payroll officer, has a title no other test uses and no hiring
 * manager.
 */
public final class CampaignForms {

    private CampaignForms() {
    }

    /** Opened 20 days ago, closing in 20 days: it takes applications today. */
    public static Campaign anOpenCampaign() {
        return new Campaign("Payroll ").running(LocalDate.now().minusDays(20), LocalDate.now().plusDays(20));
    }

    /** Opened 400 days ago and closed 300 days ago: long enough for its unsuccessful applicants to be due (R1). */
    public static Campaign aClosedCampaign() {
        return new Campaign("Clerk ").running(LocalDate.now().minusDays(400), LocalDate.now().minusDays(300));
    }

    /** One campaign, described step by step. */
    public static final class Campaign {

        private String title;
        private LocalDate opensOn;
        private LocalDate closesOn;
        private Set<String> hiringManagers = Set.of();

        private Campaign(String titleStem) {
            title = Names.unique(titleStem);
        }

        public Campaign titled(String title) {
            this.title = title;
            return this;
        }

        public Campaign running(LocalDate opensOn, LocalDate closesOn) {
            this.opensOn = opensOn;
            this.closesOn = closesOn;
            return this;
        }

        /** The hiring managers who may see its applications (X1), by user name. */
        public Campaign managedBy(String... usernames) {
            hiringManagers = Set.of(usernames);
            return this;
        }

        public CampaignForm form() {
            return new CampaignForm(title, "Payroll officer", opensOn, closesOn, hiringManagers);
        }

        /** Opened by HR. */
        public CampaignView recordedIn(Campaigns campaigns) throws Exception {
            CampaignForm form = form();
            return Callers.as(Role.HR, () -> campaigns.open(form));
        }
    }
}
