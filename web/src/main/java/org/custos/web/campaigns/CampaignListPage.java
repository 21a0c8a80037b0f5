package org.custos.web.campaigns;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.recruitment.api.CampaignQuery;
import org.custos.recruitment.api.CampaignStage;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The list of campaigns: a lazy table filtered by words and stage, exportable to CSV. */
@Named
@ViewScoped
public class CampaignListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Campaigns campaigns;

    private String text;
    private CampaignStage stage;

    private final LazyPages<CampaignView> rows = new LazyPages<>(
            (first, pageSize, sort) -> campaigns.search(new CampaignQuery(first, pageSize, text, stage)),
            campaign -> Long.toString(campaign.id()));

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("campaigns:table")).setFirst(0);
    }

    public LazyDataModel<CampaignView> getRows() {
        return rows;
    }

    public CampaignStage[] getStages() {
        return CampaignStage.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CampaignStage getStage() {
        return stage;
    }

    public void setStage(CampaignStage stage) {
        this.stage = stage;
    }
}
