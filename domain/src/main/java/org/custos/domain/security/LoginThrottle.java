package org.custos.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * Failed logins for one user name, whether or not an account has that name, so that throttling does not
 * reveal which accounts exist.
 */
@Entity
@Table(name = "sec_login_throttle")
public class LoginThrottle {

    @Id
    private String username;

    @Version
    private long version;

    @Column(nullable = false)
    private int failures;

    @Column(name = "throttled_until")
    private LocalDateTime throttledUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username) {
        this.username = username;
    }

    public boolean isThrottled(LocalDateTime now) {
        return throttledUntil != null && now.isBefore(throttledUntil);
    }

    /** Counts a failure; the {@code limit}-th in a row throttles the name until {@code now + pause}. */
    public void failed(LocalDateTime now, int limit, java.time.Duration pause) {
        failures++;
        if (failures >= limit) {
            throttledUntil = now.plus(pause);
            failures = 0;
        }
    }

    public void succeeded() {
        failures = 0;
        throttledUntil = null;
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }

    public LocalDateTime throttledUntil() {
        return throttledUntil;
    }
}
