package org.custos.protection.notices.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a new version to everyone who had an older one in the background (N2), as {@code RetentionCarrier} carries out
 * decisions: batch after batch ({@link NoticeSendSteps#batch}, each its own transaction) until no one is left. A run
 * cut short (a failure, a restart) resumes with the people not yet given the new version when HR or the DPM resume it.
 * {@code @PermitAll} for the reasons {@link NoticeSendSteps} gives.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());

    @Inject
    NoticeSendSteps steps;

    @Asynchronous
    public void send(long sendId) {
        try {
            while (steps.batch(sendId) > 0) {
                // the next batch, in a transaction of its own
            }
        } catch (RuntimeException e) {
            // an asynchronous call's failure reaches no one: said here; the send stays running, to be resumed
            LOG.log(Level.SEVERE, "Notices: sending " + sendId + " stopped; resume it to go on", e);
        }
    }
}
