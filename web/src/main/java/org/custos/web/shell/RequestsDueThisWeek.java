package org.custos.web.shell;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.protection.rights.api.RequestSummary;

/**
 * The open rights requests due by the end of this week (Sunday), overdue ones included, soonest first, and how
 * many fall on each day left, as the Chart.js bar chart that PrimeFaces' {@code p:chart} takes (only counts and
 * day names go into it, so nothing needs escaping). A stopped clock has no due date, so its request is not due.
 */
final class RequestsDueThisWeek {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final List<RequestSummary> due;
    private final LocalDate today;
    private final LocalDate sunday;

    /** @param open the open requests, soonest due first */
    RequestsDueThisWeek(List<RequestSummary> open, LocalDate today) {
        this.today = today;
        this.sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        this.due = open.stream().filter(request -> request.due() != null && !request.due().isAfter(sunday))
                .toList();
    }

    List<RequestSummary> due() {
        return due;
    }

    LocalDate sunday() {
        return sunday;
    }

    long overdue() {
        return due.stream().filter(request -> request.due().isBefore(today)).count();
    }

    String chart() {
        List<LocalDate> days = today.datesUntil(sunday.plusDays(1)).toList();
        String labels = Stream.concat(Stream.of("Overdue"), days.stream().map(DAY::format))
                .map(label -> "\"" + label + "\"").collect(Collectors.joining(","));
        String counts = Stream.concat(Stream.of(overdue()), days.stream()
                .map(day -> due.stream().filter(request -> request.due().equals(day)).count()))
                .map(String::valueOf).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\"Requests due\","
                + "\"backgroundColor\":\"#1565c0\",\"data\":[" + counts + "]}]},"
                + "\"options\":{\"plugins\":{\"legend\":{\"display\":false}},"
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }
}
