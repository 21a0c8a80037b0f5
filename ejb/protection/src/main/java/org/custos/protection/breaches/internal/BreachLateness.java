package org.custos.protection.breaches.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.custos.protection.breaches.api.ReportCountdown;
import org.custos.protection.shared.Dates;
import org.custos.security.api.RequestRefused;

/**
 * X5: a breach's report to the ICO is late when it is made after the deadline the compliance calendar gives
 * (at the deadline itself it is on time), and a late report must say why. The deadline and the time left are
 * instants and elapsed time; the DPM reads the deadline in the organisation's zone, where across a BST/GMT change
 * it is an hour earlier or later on the wall clock.
 */
final class BreachLateness {

    private static final long MINUTES_IN_A_DAY = 24 * 60;

    private final Instant deadline;
    private final Function<Instant, LocalDateTime> localTime;

    /** @param localTime the compliance calendar's local time of an instant */
    BreachLateness(Instant deadline, Function<Instant, LocalDateTime> localTime) {
        this.deadline = deadline;
        this.localTime = localTime;
    }

    Instant deadline() {
        return deadline;
    }

    /** The deadline as the DPM reads it, in the organisation's zone. */
    LocalDateTime localDeadline() {
        return localTime.apply(deadline);
    }

    boolean isLate(Instant reportedAt) {
        return reportedAt.isAfter(deadline);
    }

    /** Refuses a late report that does not say why it is late. */
    void checkReport(Instant reportedAt, String lateReason) {
        if (isLate(reportedAt) && (lateReason == null || lateReason.isBlank())) {
            throw new RequestRefused("The report to the ICO was made after the deadline of "
                    + Dates.text(localDeadline()) + ": give the reason it was late.");
        }
    }

    ReportCountdown countdown(Instant now) {
        long minutes = Duration.between(now, deadline).toMinutes();
        boolean overdue = now.isAfter(deadline);
        long magnitude = Math.abs(minutes);
        return new ReportCountdown(localDeadline(), magnitude / 60, magnitude % 60, overdue,
                !overdue && minutes < MINUTES_IN_A_DAY);
    }
}
