package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.custos.domain.security.LoginThrottle;

/**
 * The counters of failed logins: per user name from one client address, and per client address. Keys have a
 * bounded length (the address is cut off), and counters without a failure during the pause are deleted, so failed
 * logins cannot fill the table. Only failures write: a login that succeeds reads the counters without a lock and
 * creates none, so many people logging in at once from one address (an office behind one gateway) do not queue
 * on one row, and failures are counted under a row lock, so attempts made in parallel are all counted.
 */
@Dependent
class LoginThrottles {

    /** Longer than any IPv6 address with a zone. */
    private static final int ADDRESS_LENGTH = 64;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    LoginPolicy policy;

    /** Whether the address, or the user name from it, waits now. {@code name}: normalised, or null if none. */
    boolean throttled(String name, String address, LocalDateTime now) {
        return read(addressKey(address)).filter(throttle -> throttle.isThrottled(now)).isPresent()
                || name != null && read(nameKey(name, address)).filter(throttle -> throttle.isThrottled(now))
                        .isPresent();
    }

    /**
     * Counts a failure under the address and, for a possible user name, under the name from that address; returns
     * whether either now waits. The address is locked first, always, so two failures cannot deadlock.
     */
    boolean failed(String name, String address, LocalDateTime now) {
        LoginThrottle fromAddress = locked(addressKey(address), now);
        fromAddress.failed(now, policy.failuresPerAddress(), policy.pause());
        boolean throttled = fromAddress.isThrottled(now);
        if (name != null) {
            LoginThrottle forName = locked(nameKey(name, address), now);
            forName.failed(now, policy.failuresPerName(), policy.pause());
            throttled |= forName.isThrottled(now);
        }
        em.createQuery("delete from LoginThrottle t where t.lastFailureAt < :since"
                + " and (t.throttledUntil is null or t.throttledUntil < :now)")
                .setParameter("since", now.minus(policy.pause())).setParameter("now", now).executeUpdate();
        return throttled;
    }

    /** A login that succeeded forgets the earlier failures of its name from that address, if there were any. */
    void succeeded(String name, String address) {
        String key = nameKey(name, address);
        if (read(key).isPresent()) {
            Optional.ofNullable(em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE))
                    .ifPresent(LoginThrottle::succeeded);
        }
    }

    private Optional<LoginThrottle> read(String key) {
        return em.createQuery("select t from LoginThrottle t where t.key = :key", LoginThrottle.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * The counter under {@code key}, locked; created first if there is none, by an insert that does nothing when
     * a parallel failure has just created it.
     */
    private LoginThrottle locked(String key, LocalDateTime now) {
        em.createNativeQuery("insert into sec_login_throttle (throttle_key, version, failures, last_failure_at)"
                + " values (?1, 0, 0, ?2) on conflict do nothing").setParameter(1, key).setParameter(2, now)
                .executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String nameKey(String name, String address) {
        return "name " + name + " from " + shortened(address);
    }

    private static String addressKey(String address) {
        return "address " + shortened(address);
    }

    private static String shortened(String address) {
        String trimmed = address.trim();
        return trimmed.length() <= ADDRESS_LENGTH ? trimmed : trimmed.substring(0, ADDRESS_LENGTH);
    }
}
