package org.custos.protection.rights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.custos.domain.shared.ClockStop;
import org.custos.protection.shared.Dates;

/**
 * D2: when a rights request must be answered. One calendar month ({@code month}, the compliance calendar's rule),
 * three when extended ({@code extended}), from the day the clock counts from: the day of receipt or, when the
 * person's identity, a representative's authority or a fee was asked for, the day it arrived (a restart). Asking
 * for clarification only pauses the clock: the days already passed still count, so the days paused since the
 * clock last started move the due date on. An extension needs a reason and a notice to the person sent before
 * the first month ends; without that notice in time it lapses and the first month's date stands.
 */
record RequestClock(UnaryOperator<LocalDate> month, UnaryOperator<LocalDate> extended) {

    /** A stop of the clock; {@code resumedOn} is null while it is still stopped. */
    record Stop(ClockStop reason, LocalDate stoppedOn, LocalDate resumedOn) {

        /** The days a pause that ended held the clock; a restart, or a stop still open, holds none yet. */
        long pausedDays() {
            return reason.restarts() || resumedOn == null ? 0 : ChronoUnit.DAYS.between(stoppedOn, resumedOn);
        }
    }

    /**
     * Where a request stands on {@code today}: the due date it had at receipt; the day the clock counts from (the
     * receipt, or the last restart, which is also {@code restartedOn}) and the days paused since; the first
     * month's end (by which an extension notice must go) and the due date now, both null while stopped.
     */
    record Deadlines(LocalDate originalDue, LocalDate countsFrom, LocalDate restartedOn, long pausedDays,
            LocalDate firstMonthDue, LocalDate due, LocalDate stoppedSince, ClockStop stoppedFor,
            boolean extensionLapsed, boolean extensionNoticeDue) {

        boolean stopped() {
            return stoppedSince != null;
        }
    }

    Deadlines deadlines(LocalDate received, List<Stop> stops, boolean extensionDecided, LocalDate noticeSentOn,
            LocalDate today) {
        Stop open = stops.stream().filter(stop -> stop.resumedOn() == null).findFirst().orElse(null);
        LocalDate restartedOn = stops.stream().filter(stop -> stop.reason().restarts() && stop.resumedOn() != null)
                .map(Stop::resumedOn).max(Comparator.naturalOrder()).orElse(null);
        LocalDate countsFrom = restartedOn == null ? received : restartedOn;
        long paused = stops.stream().filter(stop -> !stop.stoppedOn().isBefore(countsFrom))
                .mapToLong(Stop::pausedDays).sum();
        LocalDate start = countsFrom.plusDays(paused);
        LocalDate firstMonth = month.apply(start);
        boolean noticeInTime = noticeSentOn != null && !noticeSentOn.isAfter(firstMonth);
        boolean lapsed = extensionDecided && !noticeInTime && today.isAfter(firstMonth);
        LocalDate due = extensionDecided && !lapsed ? extended.apply(start) : firstMonth;
        boolean stopped = open != null;
        return new Deadlines(month.apply(received), countsFrom, restartedOn, paused, stopped ? null : firstMonth,
                stopped ? null : due, stopped ? open.stoppedOn() : null, stopped ? open.reason() : null, lapsed,
                extensionDecided && noticeSentOn == null && !lapsed);
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
                    + "first month ends; this request's first month ended on " + Dates.day(deadlines.firstMonthDue())
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
            return Optional.of("The notice of an extension must be sent before the first month ends, on "
                    + Dates.day(deadlines.firstMonthDue()) + " for this request: a later notice does not extend it.");
        }
        return Optional.empty();
    }
}
