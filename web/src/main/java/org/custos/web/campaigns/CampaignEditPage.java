package org.custos.web.campaigns;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custos.recruitment.api.CampaignForm;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.recruitment.api.ManagerChoice;
import org.custos.web.shell.FacadeCall;

/** Opening a campaign, or changing one: title, role, dates and hiring managers (HR and the DPM). */
@Named
@ViewScoped
public class CampaignEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Campaigns campaigns;

    private Long id;
    private long version;
    private String title;
    private String jobRole;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<String> hiringManagers = new ArrayList<>();
    private List<ManagerChoice> managerChoices;

    public void load() {
        if (managerChoices != null) {
            return;
        }
        managerChoices = FacadeCall.attempt(campaigns::hiringManagers).orElse(List.of());
        if (id != null) {
            FacadeCall.attempt(() -> campaigns.campaign(id)).ifPresent(campaign -> {
                version = campaign.version();
                title = campaign.title();
                jobRole = campaign.jobRole();
                opensOn = campaign.opensOn();
                closesOn = campaign.closesOn();
                hiringManagers = new ArrayList<>(campaign.hiringManagers());
            });
        }
    }

    public String save() {
        CampaignForm form = new CampaignForm(title, jobRole, opensOn, closesOn, Set.copyOf(hiringManagers));
        return FacadeCall.attempt(() -> id == null ? campaigns.open(form) : campaigns.update(id, version, form))
                .map(CampaignView::id)
                .map(saved -> {
                    FacadeCall.info("The campaign is saved.");
                    return "/campaigns/detail.xhtml?faces-redirect=true&id=" + saved;
                }).orElse(null);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = jobRole;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public List<String> getHiringManagers() {
        return hiringManagers;
    }

    public void setHiringManagers(List<String> hiringManagers) {
        this.hiringManagers = hiringManagers;
    }

    public List<ManagerChoice> getManagerChoices() {
        return managerChoices;
    }
}
