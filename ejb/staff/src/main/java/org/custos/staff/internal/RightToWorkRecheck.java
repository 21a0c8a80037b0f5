package org.custos.staff.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.staff.api.RightToWorkForm;

/**
 * A right-to-work check (T1): what a check must say, and when a follow-up check is due. A time-limited permission
 * is re-checked before it expires (the Home Office's follow-up check), so by the day before its expiry date; a
 * permission without a time limit needs none.
 */
final class RightToWorkRecheck {

    private RightToWorkRecheck() {
    }

    /** The last day for the follow-up check, or empty when none is due. */
    static Optional<LocalDate> dueOn(RightToWorkPermission permission, LocalDate expiresOn) {
        return permission == RightToWorkPermission.TIME_LIMITED && expiresOn != null
                ? Optional.of(expiresOn.minusDays(1)) : Optional.empty();
    }

    /** Why the check is refused, or empty when it is accepted. */
    static Optional<String> refusal(RightToWorkForm form, LocalDate today) {
        if (form.checkedOn().isAfter(today)) {
            return Optional.of("The check cannot be dated in the future.");
        }
        boolean limited = form.permission() == RightToWorkPermission.TIME_LIMITED;
        if (limited && form.expiresOn() == null) {
            return Optional.of("Enter the date the time-limited permission expires.");
        }
        if (!limited && form.expiresOn() != null) {
            return Optional.of("A permission without a time limit has no expiry date: choose time-limited or "
                    + "remove the date.");
        }
        if (limited && !form.expiresOn().isAfter(form.checkedOn())) {
            return Optional.of("The permission had expired by the date of the check: a check must find a "
                    + "permission that is still valid.");
        }
        return Optional.empty();
    }
}
