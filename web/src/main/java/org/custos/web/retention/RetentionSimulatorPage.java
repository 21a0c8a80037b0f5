package org.custos.web.retention;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.retention.api.DueCount;
import org.custos.protection.retention.api.RetentionSchedule;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.retention.api.Simulation;
import org.custos.web.shell.FacadeCall;

/**
 * The simulator (R6): what would fall due between two days, per context, rule and month, as a chart and a table;
 * a period typed for a rule is used instead of its setting for this simulation only, and nothing changes.
 */
@Named
@ViewScoped
public class RetentionSimulatorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @EJB
    RetentionSchedule schedule;

    private LocalDate from = LocalDate.now(OrganisationTime.ZONE);
    private LocalDate to = from.plusYears(1).minusDays(1);
    private final Map<String, String> overrides = new HashMap<>();
    private List<ScheduleRule> rules;
    private Simulation simulation;

    public List<ScheduleRule> getRules() {
        if (rules == null) {
            rules = FacadeCall.attemptToShow(schedule::rules).orElse(List.of());
        }
        return rules;
    }

    public void simulate() {
        simulation = FacadeCall.attempt(() -> schedule.simulate(from, to, overrides)).orElse(null);
    }

    public Simulation getSimulation() {
        return simulation;
    }

    /** What the simulation covered, in words. */
    public String getSummary() {
        if (simulation == null) {
            return "";
        }
        String changed = simulation.overrides().isEmpty() ? "with the periods as set"
                : "with " + simulation.overrides().size() + " period" + (simulation.overrides().size() == 1 ? ""
                        : "s") + " changed for this simulation only";
        return "From " + OrganisationTime.DAY.format(simulation.from()) + " to "
                + OrganisationTime.DAY.format(simulation.to()) + ", " + changed + ": " + simulation.records()
                + " record" + (simulation.records() == 1 ? "" : "s") + " of " + simulation.people() + " "
                + (simulation.people() == 1 ? "person" : "people") + " would fall due.";
    }

    /** The Chart.js configuration of the chart: records due per month, stacked by record group. */
    public String getChart() {
        return simulation == null ? "" : SimulationChart.stackedByRecordGroup(simulation);
    }

    public String month(DueCount count) {
        return MONTH.format(count.month());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Map<String, String> getOverrides() {
        return overrides;
    }
}
