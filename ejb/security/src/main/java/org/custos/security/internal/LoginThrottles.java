package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import org.custos.domain.security.LoginThrottle;

/**
 * The counters of failed logins: per user name from one client address, and per client address. Keys have a
 * bounded length (the address is cut off), and counters without a failure during the pause are deleted, so failed
 * logins cannot fill the table.
 */
@Dependent
class LoginThrottles {

    /** Longer than any IPv6 address with a zone. */
    private static final int ADDRESS_LENGTH = 64;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** {@code name}: a normalised user name no longer than an account's. */
    LoginThrottle forName(String name, String address, LocalDateTime now) {
        return locked("name " + name + " from " + shortened(address), now);
    }

    LoginThrottle forAddress(String address, LocalDateTime now) {
        return locked("address " + shortened(address), now);
    }

    /** Deletes the counters no failure touched during the pause and that throttle nothing. */
    void forgetOlderThan(Duration pause, LocalDateTime now) {
        em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :since"
                + " and (t.throttledUntil is null or t.throttledUntil < :now)")
                .setParameter("since", now.minus(pause)).setParameter("now", now).executeUpdate();
    }

    private LoginThrottle locked(String key, LocalDateTime now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }

    private static String shortened(String address) {
        String trimmed = address.trim();
        return trimmed.length() <= ADDRESS_LENGTH ? trimmed : trimmed.substring(0, ADDRESS_LENGTH);
    }
}
