package org.custos.web.retention;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.protection.retention.api.DueCount;
import org.custos.protection.retention.api.Simulation;

/**
 * What would fall due as a Chart.js bar chart, the JSON PrimeFaces' {@code p:chart} takes: a bar per month, stacked
 * by record group (with its context), of the records that would fall due. Labels are escaped for JSON.
 */
final class SimulationChart {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final List<String> COLOURS = List.of("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935",
            "#00897b", "#6d4c41", "#546e7a");

    private SimulationChart() {
    }

    static String stackedByRecordGroup(Simulation simulation) {
        String labels = simulation.months().stream().map(month -> quoted(MONTH.format(month)))
                .collect(Collectors.joining(","));
        Map<String, Map<YearMonth, Long>> groups = new LinkedHashMap<>();
        for (DueCount count : simulation.counts()) {
            groups.computeIfAbsent(count.recordGroup() + " (" + count.contextLabel() + ")", g -> new LinkedHashMap<>())
                    .merge(count.month(), count.records(), Long::sum);
        }
        StringBuilder datasets = new StringBuilder();
        int colour = 0;
        for (Map.Entry<String, Map<YearMonth, Long>> group : groups.entrySet()) {
            if (datasets.length() > 0) {
                datasets.append(',');
            }
            String data = simulation.months().stream().map(month -> Long.toString(group.getValue().getOrDefault(
                    month, 0L))).collect(Collectors.joining(","));
            datasets.append("{\"label\":").append(quoted(group.getKey())).append(",\"backgroundColor\":\"")
                    .append(COLOURS.get(colour++ % COLOURS.size())).append("\",\"data\":[").append(data).append("]}");
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"scales\":{\"x\":{\"stacked\":true},"
                + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '<' -> quoted.append("\\u003c");
                case '>' -> quoted.append("\\u003e");
                case '&' -> quoted.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
