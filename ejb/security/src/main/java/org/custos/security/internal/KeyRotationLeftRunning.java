package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes, once the server has started, a re-encryption under the current data key left unfinished when it stopped
 * (X3, {@link KeyRotationResumption}), with no one signed in and no button pressed: a timer that is not persistent
 * fires a few seconds after deployment, once the keys are installed and the schema migrated, as retention's
 * {@code DecisionsLeftWaiting}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class KeyRotationLeftRunning {

    private static final Logger LOG = Logger.getLogger(KeyRotationLeftRunning.class.getName());
    private static final long AFTER_START_MILLIS = 3000;

    @Resource
    TimerService timers;

    @Inject
    KeyRotationResumption resumption;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(AFTER_START_MILLIS,
                new TimerConfig("Custos data keys: a re-encryption left unfinished at the start", false));
    }

    @Timeout
    void afterStart() {
        try {
            resumption.resume();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The re-encryption left unfinished could not be resumed", e);
        }
    }
}
