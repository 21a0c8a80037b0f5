package org.custos.protection.retention.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly retention run (R6) at {@code custos.retention.hour} o'clock, London time (default 2). Every server
 * has this timer (it is not persistent, and Payara does not share timers between servers); the lease lets one of
 * them run, and a server whose timer comes after that run finished for the day does nothing. Every server also
 * carries out any decision still waiting ({@link RetentionCarrier}, its locks doing each group once).
 */
@Singleton
@Startup
public class NightlyRetention {

    private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());
    private static final int DEFAULT_HOUR = 2;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "custos.retention.hour", defaultValue = "" + DEFAULT_HOUR)
    int hour;

    @Inject
    RetentionRunner runner;

    @Inject
    RunViews views;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    RetentionCarrier carrier;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(runningHour()).minute(0).second(0)
                .timezone(OrganisationTime.ZONE.getId()), new TimerConfig("Custos nightly retention run", false));
    }

    /** The configured hour, or 2 when it is not one of 0 to 23. */
    private int runningHour() {
        if (hour < 0 || hour > 23) {
            LOG.warning(() -> "custos.retention.hour is " + hour + ", not an hour from 0 to 23: the retention run"
                    + " goes at " + DEFAULT_HOUR + ".");
            return DEFAULT_HOUR;
        }
        return hour;
    }

    @Timeout
    void nightly() {
        try {
            runTonight();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly retention run could not start", e);
        }
        try {
            carryOutDecided();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The retention decisions waiting could not be carried out", e);
        }
    }

    /** Sets the decided items still waiting going in the background, whoever decided them; returns at once. */
    public void carryOutDecided() {
        carrier.carryOutWaiting();
    }

    /**
     * Starts tonight's run unless it has finished already or another run goes on; the new run's id, or empty when
     * this server runs none.
     */
    public Optional<Long> runTonight() {
        if (views.nightlyDone(calendar.today())) {
            LOG.info("Tonight's retention run has finished already.");
            return Optional.empty();
        }
        Optional<Long> started = runner.start(RunWords.NIGHTLY);
        if (started.isEmpty()) {
            LOG.info("A retention run is going on already, here or on another server: this server runs none.");
        }
        return started;
    }
}
