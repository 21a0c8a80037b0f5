package org.custos.web.breaches;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachNature;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.custos.protection.breaches.api.BreachForm;
import org.custos.protection.breaches.api.BreachImpact;
import org.custos.protection.breaches.api.BreachRiskAssessment;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.web.shell.FacadeCall;

/**
 * Logs a breach or edits what it says (X5), with its risk shown as the scales are chosen. The decision, report,
 * people told and closure are the page's {@link BreachProgressSection}; its {@link BreachImpactSection} proposes the
 * systems, categories and number of people from the data map. An edit quotes the version it started
 * from.
 */
@Named
@ViewScoped
public class BreachEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Breaches breaches;

    private Long id;
    private BreachView breach;
    private String summary;
    private LocalDateTime occurredAt;
    private LocalDateTime awareAt;
    private String howDiscovered;
    private BreachNature[] natures = {};
    private String description;
    private String systems;
    private String dataCategories;
    private String peopleCategories;
    private Integer approxPeople;
    private Integer approxRecords;
    private String subjectIds;
    private String consequences;
    private String measuresTaken;
    private String measuresPlanned;
    private BreachLikelihood likelihood;
    private BreachSeverity severity;

    /** Loads the breach named by the {@code id} view parameter, if any. */
    public void load() {
        if (id == null || breach != null) {
            return;
        }
        FacadeCall.attempt(() -> breaches.breach(id)).ifPresentOrElse(this::fill, () -> id = null);
    }

    private void fill(BreachView view) {
        breach = view;
        BreachForm form = view.details();
        summary = form.summary();
        occurredAt = form.occurredAt();
        awareAt = form.awareAt();
        howDiscovered = form.howDiscovered();
        natures = form.natures().toArray(BreachNature[]::new);
        description = form.description();
        systems = form.systems();
        dataCategories = form.dataCategories();
        peopleCategories = form.peopleCategories();
        approxPeople = form.approxPeople();
        approxRecords = form.approxRecords();
        subjectIds = form.subjectIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        consequences = form.consequences();
        measuresTaken = form.measuresTaken();
        measuresPlanned = form.measuresPlanned();
        likelihood = form.likelihood();
        severity = form.severity();
    }

    public String save() {
        Set<Long> people = people();
        if (people == null) {
            FacadeCall.error("Link people by their reference numbers in the register, like 1050, separated by "
                    + "commas.");
            return null;
        }
        BreachForm form = new BreachForm(summary, occurredAt, awareAt, howDiscovered, Set.of(natures), description,
                systems, dataCategories, peopleCategories, approxPeople, approxRecords, people, consequences,
                measuresTaken, measuresPlanned, likelihood, severity);
        return FacadeCall.attempt(() -> id == null ? breaches.log(form) : breaches.update(id, breach.version(), form))
                .map(saved -> {
                    FacadeCall.info(id == null ? "Breach " + saved.id() + " was logged." : "Saved.");
                    return pageOf(saved);
                }).orElse(null);
    }

    /** Takes the figures a data map proposes into the form, to be checked and saved (X5). */
    void propose(BreachImpact.Proposal proposal) {
        systems = proposal.systems();
        peopleCategories = proposal.peopleCategories();
        dataCategories = proposal.dataCategories();
        approxPeople = proposal.approxPeople();
    }

    /** The subject ids typed, or null when something else was typed. */
    private Set<Long> people() {
        if (subjectIds == null || subjectIds.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(subjectIds.split("[,;\\s]+")).filter(text -> !text.isBlank()).map(Long::valueOf)
                    .collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String pageOf(BreachView breach) {
        return "/breaches/edit.xhtml?faces-redirect=true&id=" + breach.id();
    }

    /** The risk the chosen scales give, while the form is filled in. */
    public BreachRisk getRisk() {
        return BreachRiskAssessment.of(likelihood, severity);
    }

    public BreachView getBreach() {
        return breach;
    }

    /** The people in the register linked to the saved breach, by subject id. */
    public List<Long> getLinkedPeople() {
        return breach == null ? List.of() : List.copyOf(breach.details().subjectIds());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isClosed() {
        return breach != null && breach.closed();
    }

    public BreachNature[] getAllNatures() {
        return BreachNature.values();
    }

    public BreachLikelihood[] getLikelihoods() {
        return BreachLikelihood.values();
    }

    public BreachSeverity[] getSeverities() {
        return BreachSeverity.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LocalDateTime getAwareAt() {
        return awareAt;
    }

    public void setAwareAt(LocalDateTime awareAt) {
        this.awareAt = awareAt;
    }

    public String getHowDiscovered() {
        return howDiscovered;
    }

    public void setHowDiscovered(String howDiscovered) {
        this.howDiscovered = howDiscovered;
    }

    public BreachNature[] getNatures() {
        return natures;
    }

    public void setNatures(BreachNature[] natures) {
        this.natures = natures;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSystems() {
        return systems;
    }

    public void setSystems(String systems) {
        this.systems = systems;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public String getPeopleCategories() {
        return peopleCategories;
    }

    public void setPeopleCategories(String peopleCategories) {
        this.peopleCategories = peopleCategories;
    }

    public Integer getApproxPeople() {
        return approxPeople;
    }

    public void setApproxPeople(Integer approxPeople) {
        this.approxPeople = approxPeople;
    }

    public Integer getApproxRecords() {
        return approxRecords;
    }

    public void setApproxRecords(Integer approxRecords) {
        this.approxRecords = approxRecords;
    }

    public String getSubjectIds() {
        return subjectIds;
    }

    public void setSubjectIds(String subjectIds) {
        this.subjectIds = subjectIds;
    }

    public String getConsequences() {
        return consequences;
    }

    public void setConsequences(String consequences) {
        this.consequences = consequences;
    }

    public String getMeasuresTaken() {
        return measuresTaken;
    }

    public void setMeasuresTaken(String measuresTaken) {
        this.measuresTaken = measuresTaken;
    }

    public String getMeasuresPlanned() {
        return measuresPlanned;
    }

    public void setMeasuresPlanned(String measuresPlanned) {
        this.measuresPlanned = measuresPlanned;
    }

    public BreachLikelihood getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(BreachLikelihood likelihood) {
        this.likelihood = likelihood;
    }

    public BreachSeverity getSeverity() {
        return severity;
    }

    public void setSeverity(BreachSeverity severity) {
        this.severity = severity;
    }
}
