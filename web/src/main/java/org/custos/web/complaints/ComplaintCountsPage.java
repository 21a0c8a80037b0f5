package org.custos.web.complaints;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.custos.complaints.api.ComplaintCount;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.complaints.api.Complaints;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The DPM's complaint counts (P1): the complaints received per month over the last year, per kind and outcome, as a
 * stacked bar chart, a table and a CSV (the numbers the Act lets regulations require controllers to report).
 */
@Named
@ViewScoped
public class ComplaintCountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MONTHS = 12;

    @EJB
    Complaints complaints;

    private ComplaintCounts counts;

    public ComplaintCounts getCounts() {
        if (counts == null) {
            counts = complaints.countsByMonth(MONTHS);
        }
        return counts;
    }

    /** The rows of the table and the CSV: one per month, kind and outcome that had complaints. */
    public List<ComplaintCount> getRows() {
        return getCounts().counts();
    }

    /** The month in words: "December 2026". */
    public String month(ComplaintCount row) {
        return ComplaintCountsCsv.MONTH.format(row.month());
    }

    /** The Chart.js configuration of the chart. */
    public String getChart() {
        return ComplaintChart.stackedByKind(getCounts());
    }

    public StreamedContent getCsv() {
        byte[] csv = ComplaintCountsCsv.of(getCounts());
        return DefaultStreamedContent.builder().name("complaint-counts.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }
}
