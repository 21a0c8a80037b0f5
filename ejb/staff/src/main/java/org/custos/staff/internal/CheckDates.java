package org.custos.staff.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.staff.api.ClearanceForm;
import org.custos.staff.api.ConflictForm;
import org.custos.staff.api.ConflictReviewForm;

/** The dates of conflict-of-interest declarations and security clearances (T1): none in the future, and in order. */
final class CheckDates {

    private CheckDates() {
    }

    static Optional<String> refusal(ConflictForm form, LocalDate today) {
        return form.declaredOn().isAfter(today) ? Optional.of("The declaration cannot be dated in the future.")
                : Optional.empty();
    }

    static Optional<String> refusal(ConflictReviewForm form, LocalDate declaredOn, LocalDate today) {
        if (form.reviewedOn().isAfter(today)) {
            return Optional.of("The review cannot be dated in the future.");
        }
        return form.reviewedOn().isBefore(declaredOn)
                ? Optional.of("The review cannot be dated before the declaration.") : Optional.empty();
    }

    static Optional<String> refusal(ClearanceForm form, LocalDate today) {
        if (form.grantedOn().isAfter(today)) {
            return Optional.of("The clearance cannot be granted in the future.");
        }
        return form.expiresOn() != null && !form.expiresOn().isAfter(form.grantedOn())
                ? Optional.of("The clearance must expire after the date it was granted.") : Optional.empty();
    }
}
