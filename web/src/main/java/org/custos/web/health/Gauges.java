package org.custos.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.retention.api.RetentionQueueSize;
import org.custos.protection.rights.api.OpenRequestDeadlines;
import org.custos.security.api.AuditChainFigures;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Custos's gauges at Payara's {@code /metrics}: counts and times only, never a person, read through the contexts'
 * ports for callers without a login (as the timers read). Payara reads a gauge in its own call, outside the
 * application: gauges that read the database there, or that were registered by the EJB modules or by annotation,
 * never appeared at {@code /metrics} on Payara 6.2025.9 (its exporter drops a gauge whose reading throws
 * {@code IllegalStateException}, without a word). So the figures are counted in the application every
 * {@value #EVERY_SECONDS} seconds, the gauges registered after the first count, and they give the last count. Every count
 * is cheap at 100,000 people: one row, or a count over an index, or the open requests' due days (D2: from the
 * calendar-month rules and pauses, not a column).
 */
@ApplicationScoped
public class Gauges {

    static final int EVERY_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(Gauges.class.getName());

    /** What the gauges give: the last count. */
    private record Figures(long chainEntries, long chainLastVerified, Map<DaysLeft, Long> requests, long queueWaiting,
            long queueDecided, long queueFailed) {
    }

    /**
     * Counts the figures as the web module starts and every {@value #EVERY_SECONDS} seconds after, until it stops
     * (the executor would go on counting for an application undeployed).
     */
    @WebListener
    public static class Counting implements ServletContextListener {

        @Inject
        Gauges gauges;

        @Resource
        ManagedScheduledExecutorService executor;

        private ScheduledFuture<?> counting;

        @Override
        public void contextInitialized(ServletContextEvent started) {
            counting = executor.scheduleWithFixedDelay(gauges::count, 0, EVERY_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        public void contextDestroyed(ServletContextEvent stopped) {
            counting.cancel(false);
        }
    }

    @Inject
    MetricRegistry registry;

    @Inject
    AuditChainFigures audit;

    @Inject
    OpenRequestDeadlines deadlines;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RetentionQueueSize queue;

    private volatile Figures figures;

    /** In a transaction of its own: outside one, the contexts' entity managers are closed after the first count. */
    @Transactional
    void count() {
        try {
            boolean first = figures == null;
            figures = new Figures(audit.entries(), audit.lastVerifiedEpochSecond(), requests(), queue.waiting(),
                    queue.decided(), queue.failed());
            if (first) {
                register();
            }
        } catch (RuntimeException e) {
            // the next count tries again; a failure here must not stop the counting
            LOG.log(Level.WARNING, "Custos could not count the figures for /metrics", e);
        }
    }

    private void register() {
        gauge("custos.audit.chain.entries", MetricUnits.NONE, "Entries in the audit chain",
                () -> figures.chainEntries());
        gauge("custos.audit.chain.last.verified", MetricUnits.SECONDS, "When the audit chain was last verified, "
                + "in seconds since 1970 (UTC); 0 before the first verification", () -> figures.chainLastVerified());
        for (DaysLeft band : DaysLeft.values()) {
            gauge("custos.rights.requests.open", MetricUnits.NONE, "Open rights requests whose clock runs, by days "
                    + "left to their due day", () -> figures.requests().get(band), new Tag("days_left", band.tag()));
        }
        String queueSays = "Items in the retention queue, by where they stand";
        gauge("custos.retention.queue.items", MetricUnits.NONE, queueSays, () -> figures.queueWaiting(),
                new Tag("state", "waiting"));
        gauge("custos.retention.queue.items", MetricUnits.NONE, queueSays, () -> figures.queueDecided(),
                new Tag("state", "decided"));
        gauge("custos.retention.queue.items", MetricUnits.NONE, queueSays, () -> figures.queueFailed(),
                new Tag("state", "failed"));
    }

    private void gauge(String name, String unit, String description, Supplier<Long> value, Tag... tags) {
        registry.gauge(Metadata.builder().withName(name).withUnit(unit).withDescription(description).build(), value,
                tags);
    }

    private Map<DaysLeft, Long> requests() {
        Map<DaysLeft, Long> counted = new EnumMap<>(DaysLeft.class);
        for (DaysLeft band : DaysLeft.values()) {
            counted.put(band, 0L);
        }
        LocalDate today = calendar.today();
        deadlines.running().forEach(request -> counted.merge(DaysLeft.of(request.due(), today), 1L, Long::sum));
        return counted;
    }
}
