package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.Countries;
import org.custos.domain.shared.TransferException;
import org.custos.domain.shared.TransferMechanism;
import org.custos.relationships.api.TransferForm;
import org.custos.relationships.api.TransferView;
import org.custos.relationships.api.Transfers;
import org.custos.web.shell.FacadeCall;

/**
 * The transfers of an organisation's page: each country outside the UK it takes our data to (from the processor
 * register, or recorded here for a recipient abroad) with its safeguard or a flag, and the form recording, changing
 * or removing the safeguard of one country.
 */
@Named
@ViewScoped
public class OrganisationTransfersSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A country to choose, by name. */
    public record CountryChoice(String code, String name) implements Serializable {
    }

    /** The countries outside the UK, by name. */
    public static final List<CountryChoice> COUNTRIES = Countries.codes().stream()
            .filter(code -> !Countries.UK.equals(code)).map(code -> new CountryChoice(code, Countries.name(code)))
            .toList();

    @EJB
    Transfers transfers;

    @Inject
    OrganisationPage page;

    private List<TransferView> rows;
    private String country;
    private TransferMechanism mechanism;
    private TransferException exception;
    private String exceptionReason;
    private LocalDate assessedOn;
    private String assessmentOutcome;
    private String assessmentDocument;

    public List<TransferView> getRows() {
        if (rows == null) {
            rows = page.getId() == null ? List.of()
                    : FacadeCall.attemptToShow(() -> transfers.transfers(page.getId())).orElse(List.of());
        }
        return rows;
    }

    /** Puts a country's safeguard in the form to change it. */
    public void edit(TransferView row) {
        country = row.country();
        mechanism = row.mechanism();
        exception = row.exception();
        exceptionReason = row.exceptionReason();
        assessedOn = row.assessedOn();
        assessmentOutcome = row.assessmentOutcome();
        assessmentDocument = row.assessmentDocument();
    }

    public String save() {
        TransferForm form = new TransferForm(country, mechanism, exception, exceptionReason, assessedOn,
                assessmentOutcome, assessmentDocument);
        Optional<TransferView> recorded = getRows().stream()
                .filter(row -> row.id() != null && row.country().equals(country)).findFirst();
        return reloaded(FacadeCall.attempt(() -> recorded.isPresent()
                ? transfers.change(page.getId(), recorded.get().id(), recorded.get().version(), form)
                : transfers.record(page.getId(), form)), mechanism == null
                        ? "The transfer is recorded, without a safeguard yet." : "The transfer's safeguard is recorded.");
    }

    public String remove(TransferView row) {
        return reloaded(FacadeCall.attempt(() -> transfers.remove(page.getId(), row.id(), row.version())),
                "What was recorded for " + row.countryName() + " is removed.");
    }

    private String reloaded(Optional<List<TransferView>> changed, String message) {
        return changed.map(saved -> {
            FacadeCall.info(message);
            return "/organisations/organisation.xhtml?faces-redirect=true&id=" + page.getId();
        }).orElse(null);
    }

    public List<CountryChoice> getCountries() {
        return COUNTRIES;
    }

    public TransferMechanism[] getMechanisms() {
        return TransferMechanism.values();
    }

    public TransferException[] getExceptions() {
        return TransferException.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public TransferMechanism getMechanism() {
        return mechanism;
    }

    public void setMechanism(TransferMechanism mechanism) {
        this.mechanism = mechanism;
    }

    public TransferException getException() {
        return exception;
    }

    public void setException(TransferException exception) {
        this.exception = exception;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }

    public void setExceptionReason(String exceptionReason) {
        this.exceptionReason = exceptionReason;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getAssessmentOutcome() {
        return assessmentOutcome;
    }

    public void setAssessmentOutcome(String assessmentOutcome) {
        this.assessmentOutcome = assessmentOutcome;
    }

    public String getAssessmentDocument() {
        return assessmentDocument;
    }

    public void setAssessmentDocument(String assessmentDocument) {
        this.assessmentDocument = assessmentDocument;
    }
}
