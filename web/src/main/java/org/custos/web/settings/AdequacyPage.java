package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.custos.domain.shared.Countries;
import org.custos.relationships.api.AdequacyForm;
import org.custos.relationships.api.AdequateCountryView;
import org.custos.relationships.api.Transfers;
import org.custos.web.organisations.OrganisationTransfersSection;
import org.custos.web.organisations.OrganisationTransfersSection.CountryChoice;
import org.custos.web.shell.FacadeCall;

/**
 * The UK's adequacy list the DPM keeps as the regulations change: add a country with its conditions, change the
 * conditions, take a country off (its transfers on adequacy alone are flagged again).
 */
@Named
@ViewScoped
public class AdequacyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Transfers transfers;

    private List<AdequateCountryView> listed = List.of();
    private String country;
    private String conditions;

    @PostConstruct
    void load() {
        listed = FacadeCall.attemptToShow(() -> transfers.adequacyList()).orElse(List.of());
    }

    /** Adds the country chosen to the list, or changes its conditions when it is on it. */
    public void save() {
        Optional<AdequateCountryView> on = listed.stream().filter(row -> row.country().equals(country)).findFirst();
        AdequacyForm form = new AdequacyForm(country, conditions);
        shown(FacadeCall.attempt(() -> on.isPresent() ? transfers.changeAdequate(on.get().version(), form)
                : transfers.addAdequate(form)).isPresent(), () -> on.isPresent()
                        ? "The conditions for " + on.get().name() + " are changed."
                        : Countries.name(country) + " is on the adequacy list now.");
    }

    /** Puts a country's conditions in the form to change them. */
    public void edit(AdequateCountryView row) {
        country = row.country();
        conditions = row.conditions();
    }

    public void remove(AdequateCountryView row) {
        shown(FacadeCall.attempt(() -> transfers.removeAdequate(row.country(), row.version())).isPresent(),
                () -> row.name() + " is off the adequacy list: transfers there need another safeguard.");
    }

    /** The message is made only once the change is done: without a country chosen there is no name to give. */
    private void shown(boolean done, Supplier<String> message) {
        if (done) {
            FacadeCall.info(message.get());
            country = null;
            conditions = null;
            load();
        }
    }

    public List<AdequateCountryView> getListed() {
        return listed;
    }

    /** The countries outside the UK, by name. */
    public List<CountryChoice> getCountries() {
        return OrganisationTransfersSection.COUNTRIES;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }
}
