package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application: the organisation's local time (England and Wales). */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/London");

    @Produces
    Clock clock() {
        return Clock.system(ORGANISATION_ZONE);
    }
}
