package org.custos.protection.rights.internal;

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
 * Finishes, once the server has started, the work on rights requests left half done when it stopped (D3, D5): an
 * erasure that reached some contexts but not the register (the last) is finished in the others, and a compile left
 * "Compiling" goes on from the next context, with no one signed in and no button pressed ({@link
 * RequestResumption}). A timer that is not persistent fires a few seconds after deployment, when every context's
 * holder is there, as {@code DecisionsLeftWaiting} does for retention.
 */
@Singleton
@Startup
public class RequestsLeftHalfDone {

    private static final Logger LOG = Logger.getLogger(RequestsLeftHalfDone.class.getName());
    private static final long AFTER_START_MILLIS = 3000;

    @Resource
    TimerService timers;

    @Inject
    RequestResumption resumption;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(AFTER_START_MILLIS,
                new TimerConfig("Custos rights requests: erasures and compiles left half done at the start", false));
    }

    @Timeout
    void afterStart() {
        try {
            resumption.finishLeftHalfDone();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The rights requests left half done could not be finished", e);
        }
    }
}
