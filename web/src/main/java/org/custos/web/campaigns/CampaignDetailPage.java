package org.custos.web.campaigns;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.SubjectCategory;
import org.custos.recruitment.api.ApplicationForm;
import org.custos.recruitment.api.ApplicationQuery;
import org.custos.recruitment.api.ApplicationSummary;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.CampaignView;
import org.custos.recruitment.api.Campaigns;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.custos.web.shell.PersonChoice;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** A campaign: its dates and managers, its applicants by status (lazy, filtered, CSV), and adding an applicant. */
@Named
@ViewScoped
public class CampaignDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Campaigns campaigns;

    @EJB
    Applications applications;

    private Long id;
    private CampaignView campaign;
    private ApplicationStatus status;
    private String name;
    private final PersonChoice applicant = new PersonChoice(SubjectCategory.JOB_APPLICANT);
    private ApplicationSource source = ApplicationSource.DIRECT;
    private String sourceName;
    private LocalDate receivedOn;

    private final LazyPages<ApplicationSummary> applicants = new LazyPages<>(
            (first, pageSize, sort) -> applications.search(new ApplicationQuery(first, pageSize, id, status, name)),
            row -> Long.toString(row.id()));

    public void load() {
        if (id != null && campaign == null) {
            FacadeCall.attempt(() -> campaigns.campaign(id)).ifPresent(found -> campaign = found);
        }
    }

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("applicants:table")).setFirst(0);
    }

    public String addApplicant() {
        return applicant.save(() -> applications.receive(new ApplicationForm(id, applicant.chosen(), source,
                sourceName, receivedOn)))
                .map(application -> {
                    FacadeCall.info("The application is recorded.");
                    return "/applications/detail.xhtml?faces-redirect=true&id=" + application.id();
                }).orElse(null);
    }

    public void closeToday() {
        FacadeCall.attempt(() -> campaigns.closeToday(id, campaign.version())).ifPresent(closed -> {
            campaign = closed;
            FacadeCall.info("The campaign closed today; its retention dates count from today.");
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public LazyDataModel<ApplicationSummary> getApplicants() {
        return applicants;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public ApplicationSource[] getSources() {
        return ApplicationSource.values();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PersonChoice getApplicant() {
        return applicant;
    }

    public ApplicationSource getSource() {
        return source;
    }

    public void setSource(ApplicationSource source) {
        this.source = source;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
