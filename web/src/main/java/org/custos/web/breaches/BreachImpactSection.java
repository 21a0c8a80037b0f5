package org.custos.web.breaches;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.protection.breaches.api.BreachImpact;
import org.custos.protection.breaches.api.BreachImpacts;
import org.custos.protection.breaches.api.ImpactChoices;
import org.custos.protection.breaches.api.ImpactQuery;
import org.custos.web.shell.FacadeCall;

/**
 * The breach's data map (X5): the DPM picks the processors and systems the breach touched, works out what they
 * hold, and may copy the figures into the breach form, where they can still change them; nothing is saved until
 * the form is.
 */
@Named
@ViewScoped
public class BreachImpactSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BreachImpacts impacts;

    @Inject
    BreachEditPage edit;

    private ImpactChoices choices = new ImpactChoices(List.of(), List.of());
    private List<String> processors = new ArrayList<>();
    private List<String> systems = new ArrayList<>();
    private BreachImpact impact;

    /** Reads the processors and systems to pick from, once, for a breach still open. */
    public void load() {
        if (edit.isClosed() || !choices.processors().isEmpty() || !choices.systems().isEmpty()) {
            return;
        }
        FacadeCall.attempt(impacts::choices).ifPresent(read -> choices = read);
    }

    public void workOut() {
        Set<Long> processorIds = processors.stream().map(Long::valueOf).collect(Collectors.toSet());
        impact = FacadeCall.attempt(() -> impacts.impact(new ImpactQuery(processorIds, Set.copyOf(systems))))
                .orElse(null);
    }

    /** Copies the proposed figures into the breach form, not saved. */
    public void useFigures() {
        edit.propose(impact.proposal());
        FacadeCall.info("The figures are in the form below: check them, change them if needed, and save the breach.");
    }

    /** A row's categories as the table shows them. */
    public String joined(List<String> texts) {
        return texts.isEmpty() ? "None recorded" : String.join("; ", texts);
    }

    public ImpactChoices getChoices() {
        return choices;
    }

    public BreachImpact getImpact() {
        return impact;
    }

    public List<String> getProcessors() {
        return processors;
    }

    public void setProcessors(List<String> processors) {
        this.processors = processors;
    }

    public List<String> getSystems() {
        return systems;
    }

    public void setSystems(List<String> systems) {
        this.systems = systems;
    }
}
