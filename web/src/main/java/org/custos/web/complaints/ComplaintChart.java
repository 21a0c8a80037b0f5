package org.custos.web.complaints;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.custos.complaints.api.ComplaintCount;
import org.custos.complaints.api.ComplaintCounts;
import org.custos.domain.shared.ComplaintKind;

/**
 * The complaints per month as a Chart.js bar chart stacked by kind, the JSON that PrimeFaces' {@code p:chart} takes.
 * Only counts, month names and fixed labels go into it, so nothing needs escaping.
 */
final class ComplaintChart {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final List<String> COLOURS = List.of("#1e88e5", "#43a047", "#fb8c00", "#8e24aa");

    private ComplaintChart() {
    }

    static String stackedByKind(ComplaintCounts counts) {
        String labels = counts.months().stream().map(month -> quoted(MONTH.format(month)))
                .collect(Collectors.joining(","));
        StringBuilder datasets = new StringBuilder();
        for (ComplaintKind kind : ComplaintKind.values()) {
            if (datasets.length() > 0) {
                datasets.append(',');
            }
            String data = counts.months().stream().map(month -> Long.toString(count(counts, month, kind)))
                    .collect(Collectors.joining(","));
            datasets.append("{\"label\":").append(quoted(kind.label())).append(",\"backgroundColor\":\"")
                    .append(COLOURS.get(kind.ordinal() % COLOURS.size())).append("\",\"data\":[").append(data)
                    .append("]}");
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"scales\":{\"x\":{\"stacked\":true},"
                + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    /** The complaints of a kind received in a month, whatever their outcome. */
    static long count(ComplaintCounts counts, YearMonth month, ComplaintKind kind) {
        return counts.counts().stream().filter(c -> c.month().equals(month) && c.kind() == kind)
                .mapToLong(ComplaintCount::count).sum();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
