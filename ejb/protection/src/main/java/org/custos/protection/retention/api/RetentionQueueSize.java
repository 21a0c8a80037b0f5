package org.custos.protection.retention.api;

/**
 * The retention queue's size at {@code /metrics}, by where its items stand: counts only. Not a facade: the metrics
 * endpoint reads it with no caller.
 */
public interface RetentionQueueSize {

    /** Items waiting for a reviewer. */
    long waiting();

    /** Items decided and waiting to be carried out. */
    long decided();

    /** Items whose carrying out failed. */
    long failed();
}
