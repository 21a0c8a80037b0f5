package org.custos.testsupport;

import java.util.concurrent.Callable;

/**
 * Runs test code under a {@code @RunAs} role: one stateless bean per role implements it; use {@link Callers}.
 *
 * <p>The beans start no transaction: every facade call the work makes starts its own, as a call from a page
 * would. The work's exception is returned, not thrown, so that the container neither wraps nor logs it and
 * the test sees exactly what the facade threw.
 */
public interface Caller {

    Outcome call(Callable<?> work);

    /** The body of every {@link #call}. */
    static Outcome run(Callable<?> work) {
        try {
            return new Outcome(work.call(), null);
        } catch (Exception e) {
            return new Outcome(null, e);
        }
    }
}
