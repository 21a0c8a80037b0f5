package org.custos.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code under a {@code @RunAs} role. One stateless subclass per role; use {@link Callers}.
 *
 * <p>No transaction: every facade call the work makes starts its own, as a call from a page would. The
 * work's exception is returned, not thrown, so that the container neither wraps nor logs it and the test
 * sees exactly what the facade threw.
 */
public abstract class RunAsCaller {

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome call(Callable<?> work) {
        try {
            return new Outcome(work.call(), null);
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }
}
