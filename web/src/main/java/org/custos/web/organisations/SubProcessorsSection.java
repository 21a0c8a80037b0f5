package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.Processors;
import org.custos.relationships.api.SubProcessorForm;
import org.custos.relationships.api.SubProcessorView;
import org.custos.web.shell.FacadeCall;

/**
 * A processor's sub-processors (X4): the form adding another organisation of the register, found by name, with the
 * countries where it holds the data, and a sub-processor removed (the page asks first); under the processor's
 * optimistic lock.
 */
@Named
@ViewScoped
public class SubProcessorsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many organisations a search offers. */
    static final int OFFERED = 20;

    @EJB
    Processors processors;

    @EJB
    Organisations organisations;

    @Inject
    ProcessorSection section;

    private String query;
    private final List<OrganisationSummary> found = new ArrayList<>();
    private Long organisationId;
    private String countries;

    /** Offers the other organisations whose name contains what was typed. */
    public void find() {
        FacadeCall.attempt(() -> organisations.search(new OrganisationQuery(0, OFFERED, null, null, query)))
                .ifPresent(page -> {
                    found.clear();
                    page.rows().stream().filter(row -> row.id() != section.getProcessor().organisationId())
                            .forEach(found::add);
                    if (found.isEmpty()) {
                        FacadeCall.error("No other organisation has that name.");
                    }
                });
    }

    public String add() {
        if (organisationId == null) {
            FacadeCall.error("Find and choose the organisation the processor passes the data on to.");
            return null;
        }
        return section.reloaded(FacadeCall.attempt(() -> processors.addSubProcessor(
                section.getProcessor().organisationId(), section.getProcessor().version(),
                new SubProcessorForm(organisationId, countries))), "The sub-processor is added.", null);
    }

    public String remove(SubProcessorView removed) {
        return section.reloaded(FacadeCall.attempt(() -> processors.removeSubProcessor(
                section.getProcessor().organisationId(), section.getProcessor().version(),
                removed.organisationId())), removed.name() + " is no longer recorded as its sub-processor.", null);
    }

    public List<OrganisationSummary> getFound() {
        return found;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }
}
