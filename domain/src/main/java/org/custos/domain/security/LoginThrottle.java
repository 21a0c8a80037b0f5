package org.custos.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed logins counted under one key (a user name from one client address, or a client address), whether or not
 * an account has that name, so that throttling does not reveal which accounts exist. Failures older than the pause
 * are forgotten.
 */
@Entity
@Table(name = "sec_login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "throttled_until")
    private LocalDateTime throttledUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, LocalDateTime now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    public boolean isThrottled(LocalDateTime now) {
        return throttledUntil != null && now.isBefore(throttledUntil);
    }

    /**
     * Counts a failure, after forgetting those older than {@code pause}; the {@code limit}-th throttles the key until
     * {@code now + pause}.
     */
    public void failed(LocalDateTime now, int limit, Duration pause) {
        if (lastFailureAt.isBefore(now.minus(pause))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            throttledUntil = now.plus(pause);
            failures = 0;
        }
    }

    public void succeeded() {
        failures = 0;
        throttledUntil = null;
    }

    public String key() {
        return key;
    }

    public int failures() {
        return failures;
    }

    public LocalDateTime throttledUntil() {
        return throttledUntil;
    }
}
