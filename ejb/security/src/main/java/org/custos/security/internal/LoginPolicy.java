package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttling of failed logins (ASVS 2.2.1), settings with defaults: after {@code custos.login.failures-per-name}
 * failures (5) for one user name from one client address, that name waits {@code custos.login.pause-minutes} (15)
 * there; after {@code custos.login.failures-per-address} failures (20) from one address, whatever the names, the
 * address waits as long. Another address can still log in with the name: one person typing a name cannot lock the
 * account out for everyone. Behind a reverse proxy, the server must be told the client's address.
 */
@ApplicationScoped
public class LoginPolicy {

    @Inject
    @ConfigProperty(name = "custos.login.failures-per-name", defaultValue = "5")
    int failuresPerName;

    @Inject
    @ConfigProperty(name = "custos.login.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "custos.login.pause-minutes", defaultValue = "15")
    int pauseMinutes;

    int failuresPerName() {
        return failuresPerName;
    }

    int failuresPerAddress() {
        return failuresPerAddress;
    }

    Duration pause() {
        return Duration.ofMinutes(pauseMinutes);
    }
}
