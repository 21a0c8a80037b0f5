package org.custos.security.api;

/**
 * The audit chain's figures at {@code /metrics}: no entry's content. Not a facade: the metrics endpoint reads them
 * with no caller.
 */
public interface AuditChainFigures {

    /** Entries in the chain: the position of its last entry (one row). */
    long entries();

    /** When the chain was last verified, in seconds since 1970 (UTC); 0 before the first verification. */
    long lastVerifiedEpochSecond();
}
