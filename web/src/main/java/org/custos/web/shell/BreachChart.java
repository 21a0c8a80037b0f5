package org.custos.web.shell;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.custos.domain.shared.BreachRisk;
import org.custos.protection.breaches.api.BreachMonth;

/**
 * The breaches per month as a Chart.js stacked bar chart, the JSON that PrimeFaces' {@code p:chart} takes. Only
 * counts, month names and fixed labels go into it, so nothing needs escaping.
 */
final class BreachChart {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private BreachChart() {
    }

    static String stackedByRisk(List<BreachMonth> months) {
        String labels = months.stream().map(month -> quoted(MONTH.format(month.month())))
                .collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(BreachRisk.NO_RISK, "#66bb6a", months, BreachMonth::noRisk) + ","
                + dataset(BreachRisk.RISK, "#ffa726", months, BreachMonth::risk) + ","
                + dataset(BreachRisk.HIGH_RISK, "#e53935", months, BreachMonth::highRisk) + "]},"
                + "\"options\":{\"scales\":{\"x\":{\"stacked\":true},"
                + "\"y\":{\"stacked\":true,\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String dataset(BreachRisk risk, String colour, List<BreachMonth> months,
            ToLongFunction<BreachMonth> count) {
        String data = months.stream().map(month -> Long.toString(count.applyAsLong(month)))
                .collect(Collectors.joining(","));
        return "{\"label\":" + quoted(risk.label()) + ",\"backgroundColor\":\"" + colour + "\",\"data\":[" + data
                + "]}";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
