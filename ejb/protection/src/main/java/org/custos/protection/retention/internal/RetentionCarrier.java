package org.custos.protection.retention.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out the decided items in the background (R6), one person's context at a time, each in a transaction of its
 * own ({@link CarryOutStep}): a failure leaves the other groups done and its own items failed. Picks up every item
 * still decided, whoever decided it and whenever, so a run cut short by a restart resumes with the next call; a
 * group another server carries out at the same time is done once. Started by a decision, by the reviewer's
 * "resume", {@link DecisionsLeftWaiting at the server's start} and by the {@link NightlyRetention nightly run}.
 * <p>
 * {@code @PermitAll} on purpose: it carries out only decisions already made, and the security decision was taken
 * when a reviewer made them (the facade {@code RetentionReview} is {@code @RolesAllowed} DPM or HR, and each
 * decision keeps who decided); after a restart or at night no one is signed in, and a run-as role would need a
 * principal mapped on each kind of server (Payara Server, Payara Micro) for no gain. It is internal: the web module
 * cannot reach it (an architecture rule), and it takes no argument a caller could aim at someone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionCarrier {

    private static final Logger LOG = Logger.getLogger(RetentionCarrier.class.getName());
    private static final int BATCH = 200;

    @Inject
    CarryOutStep step;

    @Asynchronous
    public void carryOutWaiting() {
        try {
            carryOutAll();
        } catch (RuntimeException e) {
            // an asynchronous call's failure reaches no one: said here, and the next start or night picks them up
            LOG.log(Level.SEVERE, "Retention: carrying out the decisions stopped; the rest waits for the next start,"
                    + " night or decision", e);
        }
    }

    private void carryOutAll() {
        Set<List<Object>> tried = new HashSet<>();
        while (true) {
            List<List<Object>> groups = step.waiting(BATCH).stream().filter(group -> !tried.contains(group))
                    .toList();
            if (groups.isEmpty()) {
                return;
            }
            for (List<Object> group : groups) {
                tried.add(group);
                long subjectId = (Long) group.get(0);
                String context = (String) group.get(1);
                try {
                    step.carryOut(subjectId, context);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Retention: carrying out the decisions on person " + subjectId + " in "
                            + context + " failed", e);
                    try {
                        step.fail(subjectId, context, cause(e));
                    } catch (RuntimeException again) {
                        LOG.log(Level.SEVERE, "Retention: the failure could not be recorded", again);
                    }
                }
            }
        }
    }

    /** The innermost cause in words, without a stack: what the reviewer reads on the failed item. */
    static String cause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }
}
