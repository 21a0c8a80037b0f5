package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.breaches.api.BreachSummary;
import org.custos.protection.breaches.api.Breaches;

/** The open breaches with their time left, and the breaches of the last year by risk, on the DPM's home page. */
@Named
@RequestScoped
public class OpenBreachesSection {

    private static final int CHART_MONTHS = 12;

    @EJB
    Breaches breaches;

    private List<BreachSummary> open;
    private String chart;

    public List<BreachSummary> getOpen() {
        if (open == null) {
            open = breaches.openBreaches();
        }
        return open;
    }

    /** The Chart.js configuration of a stacked bar chart. */
    public String getChart() {
        if (chart == null) {
            chart = BreachChart.stackedByRisk(breaches.breachesByMonthAndRisk(CHART_MONTHS));
        }
        return chart;
    }
}
