package org.custos.security.internal;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What every health check of Custos answers: its name, UP or DOWN, and in its data what it checked and what it
 * found, in plain words for the sysadmin. Never a person's data, a key, a path or a stack trace: the endpoint needs
 * no login.
 */
final class CheckAnswer {

    private CheckAnswer() {
    }

    static HealthCheckResponse of(String name, boolean up, String checked, String found) {
        return HealthCheckResponse.named(name).status(up).withData("checked", checked).withData("found", found)
                .build();
    }
}
