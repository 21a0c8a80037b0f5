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
 * decisions: batch after batch ({@link NoticeSendSteps#batch}, each its own transaction) until no one is left. It
 * holds the sending's lease ({@link NoticeSendLease}), renewed before each batch, so that one server at a time
 * carries a sending on; without the lease (another sender holds it) it does nothing, and a sender that lost it stops.
 * A run cut short (a failure, a restart, a server killed) resumes with the people not yet given the new version when
 * HR or the DPM resume it or {@link SendingsLeftRunning at the next start}. {@code @PermitAll} for the reasons
 * {@link NoticeSendSteps} gives.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());

    @Inject
    NoticeSendSteps steps;

    @Inject
    NoticeSendLease lease;

    @Asynchronous
    public void send(long sendId) {
        String holder = NoticeSendLease.newHolder();
        try {
            if (!lease.take(sendId, holder)) {
                LOG.info(() -> "Notices: sending " + sendId + " is done or carried on by another sender");
                return;
            }
            while (true) {
                if (!lease.renew(sendId, holder)) {
                    LOG.warning(() -> "Notices: sending " + sendId + " lost its lease: another sender took over");
                    return;
                }
                if (steps.batch(sendId) == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // an asynchronous call's failure reaches no one: said here; the send stays running, to be resumed
            LOG.log(Level.SEVERE, "Notices: sending " + sendId + " stopped; resume it to go on", e);
        } finally {
            try {
                lease.release(sendId, holder);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Notices: the lease of sending " + sendId + " could not be freed; it runs out",
                        e);
            }
        }
    }
}
