package org.custos.protection.breaches.internal;

import java.time.Instant;
import org.custos.domain.protection.Breach;
import org.custos.security.api.RequestRefused;

/**
 * X5: what the record of a breach accepts. A closed breach is read-only; nothing happened in the future; a breach
 * reported to the ICO cannot be decided not to report; a report follows the decision to report and comes after the
 * organisation became aware. Lateness is {@link BreachLateness}'s, closing {@link BreachClosure}'s.
 */
final class BreachChanges {

    private final Instant now;

    BreachChanges(Instant now) {
        this.now = now;
    }

    void requireOpen(Breach breach) {
        if (breach.closedAt() != null) {
            throw new RequestRefused("The breach is closed: a closed breach is read-only.");
        }
    }

    /** @param what the time as the message names it: "The time of the report" */
    void requireNotFuture(Instant at, String what) {
        if (at != null && at.isAfter(now)) {
            throw new RequestRefused(what + " cannot be in the future.");
        }
    }

    void requireDecidable(Breach breach, boolean notifyIco) {
        if (!notifyIco && breach.reportedAt() != null) {
            throw new RequestRefused("The breach was already reported to the ICO, so the decision cannot be not to "
                    + "report it.");
        }
    }

    void requireReportable(Breach breach, Instant reportedAt) {
        if (!Boolean.TRUE.equals(breach.notifyIco())) {
            throw new RequestRefused("Record the decision to report the breach to the ICO before recording the "
                    + "report.");
        }
        requireNotFuture(reportedAt, "The time of the report");
        if (reportedAt.isBefore(breach.awareAt())) {
            throw new RequestRefused("The report cannot be before the organisation became aware of the breach.");
        }
    }
}
