package org.custos.protection.rights.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.security.api.RequestRefused;

/**
 * D2: how an open rights request moves through its identity check and the stops of its clock. The clock stops once
 * at a time (for identity, clarification, the authority of a representative or a fee); asking for more information
 * to verify the person's identity stops it, and verifying the identity restarts an identity stop; nothing is dated
 * before the request was received, and a stop never restarts before it began. The due dates themselves are
 * {@link RequestClock}'s.
 */
final class RequestTransitions {

    private final RightsRequest request;
    private final RequestPause waiting;

    /** @param waiting the request's stop still open, or null while the clock runs */
    RequestTransitions(RightsRequest request, RequestPause waiting) {
        this.request = request;
        this.waiting = waiting;
    }

    /** Records the identity check made on {@code on}; returns the stop it opens, when it stops the clock. */
    Optional<ClockStop> identity(IdentityCheck check, LocalDate on) {
        notBeforeReceipt(on);
        switch (check) {
            case MORE_INFORMATION_REQUESTED -> {
                requireRunning();
                request.identity(check, null);
                return Optional.of(ClockStop.IDENTITY);
            }
            case VERIFIED -> {
                if (waiting != null && waiting.reason() == ClockStop.IDENTITY) {
                    resume(on);
                }
                request.identity(check, on);
                return Optional.empty();
            }
            default -> throw new RequestRefused("Record that more information was requested, or that the identity "
                    + "is verified.");
        }
    }

    /** Checks that the clock may stop on {@code on}; the caller opens the stop. */
    void stop(LocalDate on) {
        notBeforeReceipt(on);
        if (waiting != null) {
            throw new RequestRefused("The clock is already stopped.");
        }
    }

    /** Restarts the stopped clock on {@code on}; an identity stop ends with the identity verified that day. */
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

    private void requireRunning() {
        if (waiting != null) {
            throw new RequestRefused("The clock is already stopped (" + waiting.reason().label() + ").");
        }
    }

    private void resume(LocalDate on) {
        if (on.isBefore(waiting.stoppedOn())) {
            throw new RequestRefused("The clock cannot restart before it stopped (" + waiting.stoppedOn() + ").");
        }
        waiting.resume(on);
    }

    private void notBeforeReceipt(LocalDate on) {
        if (on.isBefore(request.receivedOn())) {
            throw new RequestRefused("The day cannot be before the request was received (" + request.receivedOn()
                    + ").");
        }
    }
}
