package org.custos.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.custos.domain.shared.AgreementTerm;
import org.custos.relationships.api.AgreementForm;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.web.shell.FacadeCall;

/**
 * The versions of a processor's agreement (X4): the form proposing a new version, and a version opened (from its row,
 * or from a link naming it, as the DPM's home page gives) with its form changing it and the step it may take next:
 * sent to the DPM, approved by the DPM (with why, when a condition is unmet), signed, in force, ended with how the
 * data was returned or deleted. The page shows a step's button to whom the facade lets take it; the facade decides.
 */
@Named
@ViewScoped
public class ProcessorAgreementsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request parameter naming the version to open. */
    static final String OPENED = "agreement";

    @EJB
    Processors processors;

    @Inject
    ProcessorSection section;

    private AgreementView opened;
    private String document;
    private AgreementTerm[] terms = new AgreementTerm[0];
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer noticeDays;
    private String reason;
    private String confirmation;

    /** Opens the version the link names, if it is one of this processor's. */
    @PostConstruct
    void openNamed() {
        String named = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(OPENED);
        if (named != null && named.matches("\\d{1,18}")) {
            getAgreements().stream().filter(agreement -> agreement.id() == Long.parseLong(named)).findFirst()
                    .ifPresent(this::open);
        }
    }

    /** Opens a version: its form holds its terms as they stand. */
    public void open(AgreementView agreement) {
        opened = agreement;
        document = agreement.document();
        terms = agreement.terms().toArray(AgreementTerm[]::new);
        startsOn = agreement.startsOnDate();
        endsOn = agreement.endsOnDate();
        noticeDays = agreement.noticeDays();
        reason = null;
        confirmation = null;
    }

    /** Closes the version opened: the form proposes a new one. */
    public void close() {
        opened = null;
        document = null;
        terms = new AgreementTerm[0];
        startsOn = null;
        endsOn = null;
        noticeDays = null;
    }

    /** Proposes a new version, or changes the one opened (which then needs the DPM's approval again). */
    public String save() {
        AgreementForm form = new AgreementForm(document, terms.length == 0 ? EnumSet.noneOf(AgreementTerm.class)
                : EnumSet.copyOf(List.of(terms)), startsOn, endsOn, noticeDays == null ? 0 : noticeDays);
        if (opened == null) {
            return after(() -> processors.proposeAgreement(organisationId(), form), "The version is proposed.");
        }
        return after(() -> processors.changeAgreement(organisationId(), opened.id(), opened.version(), form),
                "The version is changed: it needs the DPM's approval again.");
    }

    public String submit() {
        return after(() -> processors.submitAgreement(organisationId(), opened.id(), opened.version()),
                "The version is sent to the DPM for approval.");
    }

    public String approve() {
        return after(() -> processors.approveAgreement(organisationId(), opened.id(), opened.version(), reason),
                "The version is approved.");
    }

    public String recordSigned() {
        return after(() -> processors.recordSigned(organisationId(), opened.id(), opened.version()),
                "The version is recorded as signed.");
    }

    public String recordInForce() {
        return after(() -> processors.recordInForce(organisationId(), opened.id(), opened.version()),
                "The version is recorded as in force.");
    }

    public String end() {
        return after(() -> processors.endAgreement(organisationId(), opened.id(), opened.version(), confirmation),
                "The agreement is recorded as ended.");
    }

    /** The page again, with the version changed (or the one just proposed, the last) open. */
    private String after(Supplier<ProcessorView> change, String message) {
        Optional<ProcessorView> changed = FacadeCall.attempt(change);
        return section.reloaded(changed, message, changed.map(view -> opened != null ? opened.id()
                : view.agreements().get(view.agreements().size() - 1).id()).orElse(null));
    }

    private long organisationId() {
        return section.getProcessor().organisationId();
    }

    public List<AgreementView> getAgreements() {
        return section.getProcessor() == null ? List.of() : section.getProcessor().agreements();
    }

    public AgreementTerm[] getAllTerms() {
        return AgreementTerm.values();
    }

    /** How many terms the law asks of a processor's contract, all of which a version should contain. */
    public int getTermCount() {
        return AgreementTerm.values().length;
    }

    public AgreementView getOpened() {
        return opened;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public AgreementTerm[] getTerms() {
        return terms;
    }

    public void setTerms(AgreementTerm[] terms) {
        this.terms = terms;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
