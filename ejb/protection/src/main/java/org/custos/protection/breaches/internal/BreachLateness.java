package org.custos.protection.breaches.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.custos.protection.breaches.api.ReportCountdown;
import org.custos.protection.shared.Dates;
import org.custos.security.api.RequestRefused;

/**
 * X5: a breach's report to the ICO is late when it is made after the deadline the compliance calendar gives
 * (at the deadline itself it is on time), and a late report must say why. The time left counts real elapsed
 * time in the organisation's zone, so it stays right across a BST/GMT change.
 */
final class BreachLateness {

    private static final long MINUTES_IN_A_DAY = 24 * 60;

    private final LocalDateTime deadline;
    private final ZoneId zone;

    BreachLateness(LocalDateTime deadline, ZoneId zone) {
        this.deadline = deadline;
        this.zone = zone;
    }

    LocalDateTime deadline() {
        return deadline;
    }

    boolean isLate(LocalDateTime reportedAt) {
        return reportedAt.isAfter(deadline);
    }

    /** Refuses a late report that does not say why it is late. */
    void checkReport(LocalDateTime reportedAt, String lateReason) {
        if (isLate(reportedAt) && (lateReason == null || lateReason.isBlank())) {
            throw new RequestRefused("The report to the ICO was made after the deadline of " + Dates.text(deadline)
                    + ": give the reason it was late (X5).");
        }
    }

    ReportCountdown countdown(LocalDateTime now) {
        long minutes = Duration.between(now.atZone(zone), deadline.atZone(zone)).toMinutes();
        boolean overdue = now.isAfter(deadline);
        long magnitude = Math.abs(minutes);
        return new ReportCountdown(deadline, magnitude / 60, magnitude % 60, overdue,
                !overdue && minutes < MINUTES_IN_A_DAY);
    }
}
