package org.custos.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One client's rate (a token bucket): up to {@code perMinute} requests at once, then one more each
 * {@code 60 / perMinute} seconds, so a client that keeps to its rate is never refused, and one that floods waits.
 */
final class RequestRate {

    private final int perMinute;
    private double available;
    private Instant checkedAt;

    RequestRate(int perMinute, Instant now) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("At least one request a minute");
        }
        this.perMinute = perMinute;
        this.available = perMinute;
        this.checkedAt = now;
    }

    /**
     * Takes one request from the bucket: zero when it may go ahead, else the whole seconds to wait before the next
     * would be allowed (at least one).
     */
    synchronized long take(Instant now) {
        if (now.isAfter(checkedAt)) {
            double refilled = Duration.between(checkedAt, now).toNanos() / 60e9 * perMinute;
            available = Math.min(perMinute, available + refilled);
            checkedAt = now;
        }
        if (available >= 1) {
            available -= 1;
            return 0;
        }
        double secondsToNext = (1 - available) * 60 / perMinute;
        // less a nanosecond, so that rounding in the refill does not add a whole second
        return Math.max(1, (long) Math.ceil(secondsToNext - 1e-9));
    }
}
