package org.custos.protection.retention.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out, once the server has started, the decisions left waiting when it stopped (R6): a server killed or
 * restarted in the middle of a bulk destroy finishes it by itself, with no one signed in and no button pressed.
 * A timer that is not persistent fires a few seconds after deployment, when every context's holder is there; every
 * server starting at once does so, and the carrier's locks let each group be carried out once.
 */
@Singleton
@Startup
public class DecisionsLeftWaiting {

    private static final Logger LOG = Logger.getLogger(DecisionsLeftWaiting.class.getName());
    private static final long AFTER_START_MILLIS = 3000;

    @Resource
    TimerService timers;

    @Inject
    RetentionCarrier carrier;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(AFTER_START_MILLIS,
                new TimerConfig("Custos retention: decisions left waiting at the start", false));
    }

    @Timeout
    void afterStart() {
        try {
            carryOut();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The retention decisions left waiting could not be carried out", e);
        }
    }

    /** Sets the decided items going in the background, whoever decided them; returns at once. */
    public void carryOut() {
        carrier.carryOutWaiting();
    }
}
