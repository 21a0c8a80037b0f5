package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate of each intake token, a setting with its default: {@code custos.api.requests-per-minute} (60) per token.
 * Kept in memory: a restart gives every client a full bucket, which is no more than it would have after a minute.
 */
@ApplicationScoped
public class ClientRates {

    @Inject
    @ConfigProperty(name = "custos.api.requests-per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    Clock clock;

    private final Map<Long, RequestRate> rates = new ConcurrentHashMap<>();

    /** Zero when the token's request may go ahead, else the seconds it must wait. */
    long take(long tokenId) {
        return rates.computeIfAbsent(tokenId, id -> new RequestRate(perMinute, clock.instant())).take(clock.instant());
    }

    /** A revoked token's bucket goes with it. */
    void forget(long tokenId) {
        rates.remove(tokenId);
    }
}
