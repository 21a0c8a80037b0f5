package org.custos.protection.rights.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.rights.api.OpenRequestDeadlines;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The open rights requests whose clock runs, counted by {@link DaysLeft}, at {@code /metrics}. A due day comes from
 * the calendar-month rules and the pauses (D2), not from a column, so the counts come from the deadlines the
 * reminders read ({@link OpenRequestDeadlines}, with no caller) and are kept for a minute: one computation serves a
 * scrape's four gauges and the scrapes within that minute.
 */
@Singleton
@Startup
public class OpenRequestGauges {

    static final String NAME = "custos.rights.requests.open";
    private static final Duration KEPT = Duration.ofMinutes(1);

    @Inject
    OpenRequestDeadlines deadlines;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    MetricRegistry registry;

    private Map<DaysLeft, Long> counts;
    private Instant countedAt = Instant.MIN;

    @PostConstruct
    void register() {
        Metadata metadata = Metadata.builder().withName(NAME)
                .withDescription("Open rights requests whose clock runs, by days left to their due day").build();
        for (DaysLeft band : DaysLeft.values()) {
            registry.gauge(metadata, () -> count(band), new Tag("days_left", band.tag()));
        }
    }

    private synchronized long count(DaysLeft band) {
        Instant now = Instant.now();
        if (now.isAfter(countedAt.plus(KEPT))) {
            counts = counted();
            countedAt = now;
        }
        return counts.get(band);
    }

    private Map<DaysLeft, Long> counted() {
        Map<DaysLeft, Long> counted = new EnumMap<>(DaysLeft.class);
        for (DaysLeft band : DaysLeft.values()) {
            counted.put(band, 0L);
        }
        LocalDate today = calendar.today();
        deadlines.running().forEach(request -> counted.merge(DaysLeft.of(request.due(), today), 1L, Long::sum));
        return counted;
    }
}
