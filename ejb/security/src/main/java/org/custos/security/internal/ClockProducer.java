package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.custos.domain.shared.OrganisationTime;

/** The one clock of the application: the organisation's local time (England and Wales). */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.system(OrganisationTime.ZONE);
    }
}
