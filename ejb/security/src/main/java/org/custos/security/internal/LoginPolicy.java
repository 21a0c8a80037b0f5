package org.custos.security.internal;

import java.time.Duration;

/** Throttling of failed logins (ASVS 2.2.1): after this many failures in a row, the name waits this long. */
final class LoginPolicy {

    static final int FAILURES_BEFORE_THROTTLE = 5;
    static final Duration THROTTLE = Duration.ofMinutes(15);

    private LoginPolicy() {
    }
}
