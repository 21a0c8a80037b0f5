package org.custos.security.internal;

import java.time.LocalDate;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.ApprovalStatus;
import org.custos.security.api.RequestRefused;

/** Who may decide a request and when (L4): the DPM, never on their own request, once; revocation of approvals. */
final class ApprovalDecisions {

    private ApprovalDecisions() {
    }

    static void checkMayDecide(Approval approval, String decider) {
        if (approval.requestedBy().equalsIgnoreCase(decider)) {
            throw new RequestRefused("You cannot decide your own request: another DPM must decide it.");
        }
        if (approval.status() != ApprovalStatus.PENDING) {
            throw new RequestRefused("This request has already been decided: it is "
                    + approval.status().label().toLowerCase() + ".");
        }
    }

    static void checkMayApprove(Approval approval, String decider, LocalDate until, LocalDate today) {
        checkMayDecide(approval, decider);
        if (until.isBefore(today)) {
            throw new RequestRefused("The end date of an approval cannot be in the past.");
        }
    }

    static void checkMayRevoke(Approval approval) {
        if (approval.status() != ApprovalStatus.APPROVED) {
            throw new RequestRefused("Only an approval can be revoked; this request is "
                    + approval.status().label().toLowerCase() + ".");
        }
    }
}
