package org.custos.protection.rights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * D2: when a rights request must be answered. One calendar month from receipt ({@code month}, the compliance
 * calendar's rule), three when extended ({@code extended}); while the clock is stopped (waiting for identity,
 * clarification or a fee) the days do not count, so every stop moves the due date on by its length. An extension
 * needs a reason and a notice to the person sent before the first month ends; without that notice in time it
 * lapses and the first month's date stands.
 */
record RequestClock(UnaryOperator<LocalDate> month, UnaryOperator<LocalDate> extended) {

    /** A stop of the clock; {@code resumedOn} is null while it is still stopped. */
    record Stop(LocalDate stoppedOn, LocalDate resumedOn) {
    }

    /**
     * Where a request stands on {@code today}: the due date it had at receipt, the first month's end (by which an
     * extension notice must go) and the due date now, all moved by the stops; null dates while stopped.
     */
    record Deadlines(LocalDate originalDue, LocalDate firstMonthDue, LocalDate due, LocalDate stoppedSince,
            boolean extensionLapsed, boolean extensionNoticeDue) {

        boolean stopped() {
            return stoppedSince != null;
        }
    }

    Deadlines deadlines(LocalDate received, List<Stop> stops, boolean extensionDecided, LocalDate noticeSentOn,
            LocalDate today) {
        LocalDate stoppedSince = stops.stream().filter(stop -> stop.resumedOn() == null).map(Stop::stoppedOn)
                .findFirst().orElse(null);
        LocalDate start = received.plusDays(stoppedDays(stops));
        LocalDate firstMonth = month.apply(start);
        boolean noticeInTime = noticeSentOn != null && !noticeSentOn.isAfter(firstMonth);
        boolean lapsed = extensionDecided && !noticeInTime && today.isAfter(firstMonth);
        LocalDate due = extensionDecided && !lapsed ? extended.apply(start) : firstMonth;
        boolean stopped = stoppedSince != null;
        return new Deadlines(month.apply(received), stopped ? null : firstMonth, stopped ? null : due, stoppedSince,
                lapsed, extensionDecided && noticeSentOn == null && !lapsed);
    }

    /** Why the request cannot be extended on {@code today}, or empty when it can. */
    Optional<String> extensionRefusal(Deadlines deadlines, boolean alreadyExtended, LocalDate today) {
        if (alreadyExtended) {
            return Optional.of("This request is already extended.");
        }
        if (deadlines.stopped()) {
            return Optional.of("The clock is stopped: record what was awaited before extending.");
        }
        if (today.isAfter(deadlines.firstMonthDue())) {
            return Optional.of("Too late to extend: an extension must be decided, and the person told, before the "
                    + "first month ends (D2); this request's first month ended on " + deadlines.firstMonthDue()
                    + ".");
        }
        return Optional.empty();
    }

    /** Why the extension notice cannot be recorded as sent on {@code sentOn}, or empty when it can. */
    Optional<String> noticeRefusal(Deadlines deadlines, LocalDate received, LocalDate sentOn) {
        if (sentOn.isBefore(received)) {
            return Optional.of("The notice cannot be sent before the request was received.");
        }
        if (deadlines.firstMonthDue() != null && sentOn.isAfter(deadlines.firstMonthDue())) {
            return Optional.of("The notice of an extension must be sent before the first month ends (D2), on "
                    + deadlines.firstMonthDue() + " for this request: a later notice does not extend it.");
        }
        return Optional.empty();
    }

    private static long stoppedDays(List<Stop> stops) {
        return stops.stream().filter(stop -> stop.resumedOn() != null)
                .mapToLong(stop -> ChronoUnit.DAYS.between(stop.stoppedOn(), stop.resumedOn())).sum();
    }
}
