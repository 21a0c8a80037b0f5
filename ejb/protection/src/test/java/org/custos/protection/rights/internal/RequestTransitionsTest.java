package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.custos.domain.protection.RequestPause;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

class RequestTransitionsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private final RightsRequest request = new RightsRequest(1L, RequestType.ACCESS, RequestChannel.EMAIL, null,
            "A copy of my data", RECEIVED, "hr", LocalDateTime.of(2026, 3, 2, 9, 0));

    @Test
    void askingForProofOfIdentityStopsTheClockAndVerifyingItRestartsIt_D2() {
        assertEquals(Optional.of(ClockStop.IDENTITY), new RequestTransitions(request, List.of())
                .identity(IdentityCheck.MORE_INFORMATION_REQUESTED, RECEIVED.plusDays(1)));
        assertEquals(IdentityCheck.MORE_INFORMATION_REQUESTED, request.identity());

        RequestPause waiting = new RequestPause(1L, ClockStop.IDENTITY, RECEIVED.plusDays(1));
        assertEquals(Optional.empty(), new RequestTransitions(request, List.of(waiting))
                .identity(IdentityCheck.VERIFIED, RECEIVED.plusDays(5)));
        assertEquals(RECEIVED.plusDays(5), waiting.resumedOn());
        assertEquals(RECEIVED.plusDays(5), request.identityVerifiedOn());
    }

    @Test
    void verifyingTheIdentityLeavesAClarificationStopRunning_D2() {
        RequestPause clarification = new RequestPause(1L, ClockStop.CLARIFICATION, RECEIVED.plusDays(1));
        new RequestTransitions(request, List.of(clarification)).identity(IdentityCheck.VERIFIED, RECEIVED.plusDays(3));
        assertNull(clarification.resumedOn());
        assertEquals(IdentityCheck.VERIFIED, request.identity());
    }

    @Test
    void recordingWhyNoCheckIsNeededKeepsTheReasonAndEndsAnIdentityStop_D1_D2() {
        RequestPause waiting = new RequestPause(1L, ClockStop.IDENTITY, RECEIVED.plusDays(1));
        new RequestTransitions(request, List.of(waiting)).noCheckNeeded("Asked in person by a colleague I know",
                RECEIVED.plusDays(2), "dpm");
        assertEquals(RECEIVED.plusDays(2), waiting.resumedOn(), "the month runs afresh from that day");
        assertEquals(IdentityCheck.NOT_NEEDED, request.identity());
        assertEquals(RECEIVED.plusDays(2), request.identityVerifiedOn());
        assertEquals("Asked in person by a colleague I know", request.noCheckReason());
        assertEquals("dpm", request.noCheckRecordedBy());

        new RequestTransitions(request, List.of(waiting)).identity(IdentityCheck.VERIFIED, RECEIVED.plusDays(3));
        assertNull(request.noCheckReason(), "a later verification replaces the reason");
        assertThrows(RequestRefused.class, () -> new RequestTransitions(request, List.of())
                .identity(IdentityCheck.NOT_NEEDED, RECEIVED.plusDays(3)), "not without its reason");
    }

    @Test
    void theClockStopsOnceAtATime_D2() {
        RequestPause fee = new RequestPause(1L, ClockStop.FEE, RECEIVED.plusDays(1));
        RequestTransitions stopped = new RequestTransitions(request, List.of(fee));
        assertEquals("The clock is already stopped (waiting for a fee).", assertThrows(RequestRefused.class,
                () -> stopped.stop(ClockStop.CLARIFICATION, RECEIVED.plusDays(2))).getMessage());
        assertEquals("The clock is already stopped (waiting for a fee).", assertThrows(RequestRefused.class,
                () -> stopped.identity(IdentityCheck.MORE_INFORMATION_REQUESTED, RECEIVED.plusDays(2))).getMessage());
        assertEquals("The clock is running.", assertThrows(RequestRefused.class,
                () -> new RequestTransitions(request, List.of()).restart(RECEIVED.plusDays(2))).getMessage());
    }

    @Test
    void restartingAnIdentityStopVerifiesTheIdentityThatDayAndNeverBeforeTheStop_D2() {
        RequestPause waiting = new RequestPause(1L, ClockStop.IDENTITY, RECEIVED.plusDays(4));
        RequestTransitions transitions = new RequestTransitions(request, List.of(waiting));
        assertTrue(assertThrows(RequestRefused.class, () -> transitions.restart(RECEIVED.plusDays(3))).getMessage()
                .startsWith("The clock cannot restart before it stopped"));
        assertNull(waiting.resumedOn());

        transitions.restart(RECEIVED.plusDays(9));
        assertEquals(RECEIVED.plusDays(9), waiting.resumedOn());
        assertEquals(IdentityCheck.VERIFIED, request.identity());
        assertEquals(RECEIVED.plusDays(9), request.identityVerifiedOn());
    }

    @Test
    void nothingIsDatedBeforeTheRequestWasReceived_D2() {
        RequestTransitions transitions = new RequestTransitions(request, List.of());
        LocalDate before = RECEIVED.minusDays(1);
        assertThrows(RequestRefused.class, () -> transitions.stop(ClockStop.CLARIFICATION, before));
        assertThrows(RequestRefused.class, () -> transitions.identity(IdentityCheck.VERIFIED, before));
        assertThrows(RequestRefused.class, () -> transitions.responded(before));
        assertNull(request.respondedOn());
        transitions.responded(RECEIVED);
        assertEquals(RECEIVED, request.respondedOn());
    }

    @Test
    void thePersonIsToldOfAnExtensionOnlyOnceTheRequestWasExtended_D2() {
        RequestTransitions transitions = new RequestTransitions(request, List.of());
        assertThrows(RequestRefused.class, transitions::requireExtended);
        request.extend("Complex: records in several systems", RECEIVED.plusDays(10));
        transitions.requireExtended();
    }

    @Test
    void anIdentityCheckMustSaySomething_D2() {
        assertThrows(RequestRefused.class,
                () -> new RequestTransitions(request, List.of()).identity(IdentityCheck.NOT_CHECKED, RECEIVED));
    }

    @Test
    void theClockCannotStopBeforeTheDayItLastRanAgain_D2() {
        RequestPause identity = new RequestPause(1L, ClockStop.IDENTITY, RECEIVED.plusDays(1));
        identity.resume(RECEIVED.plusDays(8));
        RequestTransitions transitions = new RequestTransitions(request, List.of(identity));
        assertEquals("The clock ran again on 10 March 2026: it cannot stop before that day.",
                assertThrows(RequestRefused.class,
                        () -> transitions.stop(ClockStop.CLARIFICATION, RECEIVED.plusDays(7))).getMessage());
        assertThrows(RequestRefused.class,
                () -> transitions.identity(IdentityCheck.MORE_INFORMATION_REQUESTED, RECEIVED.plusDays(7)));
        transitions.stop(ClockStop.CLARIFICATION, RECEIVED.plusDays(8));
    }

    @Test
    void onlyARequestMadeByARepresentativeWaitsForTheirAuthority_D1_D2() {
        assertEquals("The person made this request themselves: there is no representative whose authority to wait "
                + "for.", assertThrows(RequestRefused.class, () -> new RequestTransitions(request, List.of())
                        .stop(ClockStop.AUTHORITY, RECEIVED)).getMessage());
        RightsRequest bySolicitor = new RightsRequest(1L, RequestType.ACCESS, RequestChannel.LETTER,
                "Hale & Co, solicitors", "A copy of my client's data", RECEIVED, "hr",
                LocalDateTime.of(2026, 3, 2, 9, 0));
        new RequestTransitions(bySolicitor, List.of()).stop(ClockStop.AUTHORITY, RECEIVED);
    }
}
