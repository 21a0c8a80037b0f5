package org.custos.protection.rights.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.protection.shared.Dates;
import org.custos.security.api.RequestRefused;

/**
 * D1, D2: how an open rights request moves through its identity check and the stops of its clock. The clock stops
 * once at a time (for identity, clarification, the authority of a representative or a fee), never before it last
 * ran again; asking for more information to verify the person's identity stops it, and verifying the identity (or
 * recording why no check is needed) ends an identity stop; only a request made by a representative waits for their authority; nothing is dated
 * before the request was received, and a stop never ends before it began. What each stop does to the due date is
 * {@link RequestClock}'s.
 */
final class RequestTransitions {

    private final RightsRequest request;
    private final List<RequestPause> stops;
    private final RequestPause waiting;

    /** @param stops the request's stops of the clock so far */
    RequestTransitions(RightsRequest request, List<RequestPause> stops) {
        this.request = request;
        this.stops = List.copyOf(stops);
        this.waiting = stops.stream().filter(stop -> stop.resumedOn() == null).findFirst().orElse(null);
    }

    /** Records the identity check made on {@code on}; returns the stop it opens, when it stops the clock. */
    Optional<ClockStop> identity(IdentityCheck check, LocalDate on) {
        notBeforeReceipt(on);
        switch (check) {
            case MORE_INFORMATION_REQUESTED -> {
                stop(ClockStop.IDENTITY, on);
                request.identity(check, null);
                return Optional.of(ClockStop.IDENTITY);
            }
            case VERIFIED -> {
                endIdentityStop(on);
                request.identity(check, on);
                return Optional.empty();
            }
            default -> throw new RequestRefused("Record that more information was requested, or that the identity "
                    + "is verified.");
        }
    }

    /** D1: records on {@code on} the DPM's reason why no check of the requester's identity is needed. */
    void noCheckNeeded(String reason, LocalDate on, String recordedBy) {
        notBeforeReceipt(on);
        endIdentityStop(on);
        request.noIdentityCheckNeeded(reason, on, recordedBy);
    }

    /** Checks that the clock may stop on {@code on} to wait for {@code reason}; the caller opens the stop. */
    void stop(ClockStop reason, LocalDate on) {
        notBeforeReceipt(on);
        if (waiting != null) {
            throw new RequestRefused("The clock is already stopped (" + waiting.reason().label().toLowerCase()
                    + ").");
        }
        stops.stream().map(RequestPause::resumedOn).max(Comparator.naturalOrder()).filter(on::isBefore)
                .ifPresent(ranAgain -> {
                    throw new RequestRefused("The clock ran again on " + Dates.day(ranAgain)
                            + ": it cannot stop before that day.");
                });
        if (reason == ClockStop.AUTHORITY && request.representative() == null) {
            throw new RequestRefused("The person made this request themselves: there is no representative whose "
                    + "authority to wait for.");
        }
    }

    /** Ends the stop on {@code on}, the day what was awaited arrived; an identity stop ends with it verified. */
    void restart(LocalDate on) {
        if (waiting == null) {
            throw new RequestRefused("The clock is running.");
        }
        resume(on);
        if (waiting.reason() == ClockStop.IDENTITY) {
            request.identity(IdentityCheck.VERIFIED, on);
        }
    }

    /** Checks that the person may be told of the extension: the request was extended, with its reason. */
    void requireExtended() {
        if (request.extensionReason() == null) {
            throw new RequestRefused("Extend the request first, with its reason.");
        }
    }

    /** Records the day the response was sent. */
    void responded(LocalDate on) {
        notBeforeReceipt(on);
        request.responded(on);
    }

    private void endIdentityStop(LocalDate on) {
        if (waiting != null && waiting.reason() == ClockStop.IDENTITY) {
            resume(on);
        }
    }

    private void resume(LocalDate on) {
        if (on.isBefore(waiting.stoppedOn())) {
            throw new RequestRefused("The clock cannot restart before it stopped, on " + Dates.day(waiting.stoppedOn())
                    + ".");
        }
        waiting.resume(on);
    }

    private void notBeforeReceipt(LocalDate on) {
        if (on.isBefore(request.receivedOn())) {
            throw new RequestRefused("The day cannot be before the request was received, on "
                    + Dates.day(request.receivedOn()) + ".");
        }
    }
}
