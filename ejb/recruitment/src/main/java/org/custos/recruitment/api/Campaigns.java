package org.custos.recruitment.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.security.api.RecordId;

/**
 * Recruitment campaigns (C1). HR and the DPM run them; a hiring manager sees the campaigns they are named on
 * and no others (X1).
 */
@Local
public interface Campaigns {

    CampaignView open(@NotNull @Valid CampaignForm form);

    /** @throws org.custos.security.api.ConcurrentChange when someone else saved it in between */
    CampaignView update(@RecordId long campaignId, long version, @NotNull @Valid CampaignForm form);

    /** Closes the campaign today, earlier than planned; its retention dates count from today. */
    CampaignView closeToday(@RecordId long campaignId, long version);

    /** @throws org.custos.security.api.AccessRefused for a hiring manager not named on it */
    CampaignView campaign(@RecordId long campaignId);

    Page<CampaignView> search(@NotNull @Valid CampaignQuery query);

    /** The accounts that may be named as hiring managers (active, holding the role). */
    List<ManagerChoice> hiringManagers();
}
