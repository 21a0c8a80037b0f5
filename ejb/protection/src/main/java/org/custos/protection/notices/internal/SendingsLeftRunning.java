package org.custos.protection.notices.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.protection.calendar.api.ComplianceCalendar;

/**
 * Carries on, once the server has started, the sendings of a notice's new version left running when it stopped (N2):
 * a server killed or restarted in the middle of a sending finishes it by itself, with no one signed in and no button
 * pressed, as {@code DecisionsLeftWaiting} does for retention. A timer that is not persistent fires a few seconds
 * after deployment; every server starting at once does so, and the sending's lease ({@link NoticeSendLease}) lets
 * one of them carry each sending on. A sending whose lease another server still holds (it is sending it, or it was
 * killed and its lease has not run out) is looked at again when that lease runs out.
 */
@Singleton
@Startup
public class SendingsLeftRunning {

    private static final Logger LOG = Logger.getLogger(SendingsLeftRunning.class.getName());
    private static final long AFTER_START_MILLIS = 3000;
    private static final long AFTER_LEASE_MILLIS = 2000;

    @Resource
    TimerService timers;

    @Inject
    NoticeSendLease lease;

    @Inject
    NoticeSender sender;

    @Inject
    ComplianceCalendar calendar;

    @PostConstruct
    void schedule() {
        later(AFTER_START_MILLIS);
    }

    private void later(long millis) {
        timers.createSingleActionTimer(millis, new TimerConfig("Custos notices: sendings left running", false));
    }

    @Timeout
    void again() {
        try {
            carryOn().ifPresent(until -> later(Math.max(AFTER_START_MILLIS,
                    Duration.between(calendar.now(), until).toMillis() + AFTER_LEASE_MILLIS)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The sendings of notices left running could not be carried on", e);
        }
    }

    /**
     * Sets every sending still running and free going in the background; returns at once, with until when the
     * latest lease another sender holds lasts (to look again then), or empty when no sending waits on one.
     */
    public Optional<LocalDateTime> carryOn() {
        List<NoticeSendLease.LeftRunning> running = lease.leftRunning();
        running.stream().filter(send -> send.heldUntil() == null).forEach(send -> {
            LOG.info(() -> "Notices: sending " + send.sendId() + " was left running; carried on");
            sender.send(send.sendId());
        });
        return running.stream().map(NoticeSendLease.LeftRunning::heldUntil).filter(Objects::nonNull)
                .max(LocalDateTime::compareTo);
    }
}
