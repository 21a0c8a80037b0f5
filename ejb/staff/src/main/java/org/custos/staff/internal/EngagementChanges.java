package org.custos.staff.internal;

import java.util.Optional;
import org.custos.staff.api.EngagementForm;

/** What a change of engagement accepts (T1): dates in order, a reason with a leaving date, no self-management. */
final class EngagementChanges {

    private EngagementChanges() {
    }

    /** Why the change to file {@code staffFileId} is refused, or empty when it is accepted. */
    static Optional<String> refusal(long staffFileId, EngagementForm form) {
        if (form.probationEnd() != null && form.probationEnd().isBefore(form.startDate())) {
            return Optional.of("The probation cannot end before the start date.");
        }
        if (form.leavingDate() != null && form.leavingDate().isBefore(form.startDate())) {
            return Optional.of("The leaving date cannot be before the start date.");
        }
        boolean reason = form.leavingReason() != null && !form.leavingReason().isBlank();
        if (form.leavingDate() != null && !reason) {
            return Optional.of("Enter the reason for leaving.");
        }
        if (form.leavingDate() == null && reason) {
            return Optional.of("Enter the leaving date with the reason for leaving.");
        }
        if (form.lineManagerFileId() != null && form.lineManagerFileId() == staffFileId) {
            return Optional.of("A member of staff cannot be their own line manager.");
        }
        return Optional.empty();
    }
}
