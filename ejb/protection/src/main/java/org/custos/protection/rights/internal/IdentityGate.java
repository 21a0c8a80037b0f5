package org.custos.protection.rights.internal;

import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.IdentityCheck;
import org.custos.security.api.RequestRefused;

/**
 * D1: nothing is disclosed or acted on before the requester's identity is confirmed: verified, or the DPM recorded
 * why no check is needed. Every step that discloses the person's data or acts on it asks here first.
 */
final class IdentityGate {

    /** A step that discloses the person's data or acts on it, as the refusal names it. */
    enum Step {
        COMPILE("compiling the response"),
        PRODUCE_PACK("producing the response pack"),
        ERASE("erasing the person's data"),
        RESTRICT("restricting the person's data"),
        LIFT_RESTRICTION("lifting the restriction"),
        RECTIFY("correcting the person's data"),
        OBJECT("acting on the objection"),
        WITHDRAW_CONSENT("ending the consented purpose"),
        STOP_MARKETING("stopping direct marketing");

        private final String doing;

        Step(String doing) {
            this.doing = doing;
        }
    }

    private IdentityGate() {
    }

    static boolean confirmed(IdentityCheck check) {
        return check == IdentityCheck.VERIFIED || check == IdentityCheck.NOT_NEEDED;
    }

    /** @throws RequestRefused until the requester's identity is confirmed */
    static void require(RightsRequest request, Step step) {
        if (!confirmed(request.identity())) {
            throw new RequestRefused("Verify the requester's identity before " + step.doing
                    + ", or record why no check is needed.");
        }
    }
}
