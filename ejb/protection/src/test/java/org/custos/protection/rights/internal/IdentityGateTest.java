package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.protection.rights.internal.IdentityGate.Step;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

class IdentityGateTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private final RightsRequest request = new RightsRequest(1L, RequestType.ERASURE, RequestChannel.EMAIL, null,
            "Erase my data", RECEIVED, "hr", LocalDateTime.of(2026, 3, 2, 9, 0));

    @Test
    void nothingIsDisclosedOrActedOnWhileTheIdentityIsUncheckedOrAwaited_D1() {
        assertEquals("Verify the requester's identity before compiling the response, or record why no check is "
                + "needed.", assertThrows(RequestRefused.class, () -> IdentityGate.require(request, Step.COMPILE))
                .getMessage());
        request.identity(IdentityCheck.MORE_INFORMATION_REQUESTED, null);
        assertEquals("Verify the requester's identity before erasing the person's data, or record why no check is "
                + "needed.", assertThrows(RequestRefused.class, () -> IdentityGate.require(request, Step.ERASE))
                .getMessage());
    }

    @Test
    void aVerifiedIdentityOrARecordedReasonWhyNoCheckIsNeededOpensTheGate_D1() {
        request.identity(IdentityCheck.VERIFIED, RECEIVED);
        IdentityGate.require(request, Step.ERASE);
        request.noIdentityCheckNeeded("Asked in person by a colleague the DPM knows", RECEIVED, "dpm");
        IdentityGate.require(request, Step.ERASE);
    }
}
