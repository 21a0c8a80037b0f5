package org.custos.staff.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.staff.api.HrCaseOutcomeForm;

/**
 * What an HR case may record: nothing more once only its summary is kept (R3); an outcome dated from the case's
 * opening, a warning only for a disciplinary or capability case, and a warning's own expiry after the decision.
 */
final class CaseChanges {

    private CaseChanges() {
    }

    /** Why the case may not change, if it may not. */
    static Optional<String> refusal(LocalDate summarisedOn) {
        return summarisedOn == null ? Optional.empty() : Optional.of("Only the summary of this case is kept since "
                + OrganisationTime.DAY.format(summarisedOn) + ": it can no longer change.");
    }

    /** Why the outcome may not be recorded, if it may not. */
    static Optional<String> outcomeRefusal(HrCaseKind kind, LocalDate openedOn, HrCaseOutcomeForm form) {
        if (form.decidedOn().isBefore(openedOn)) {
            return Optional.of("The decision cannot be dated before the case opened on "
                    + OrganisationTime.DAY.format(openedOn) + ".");
        }
        if (form.warningLevel() == null) {
            return form.warningExpiresOn() == null ? Optional.empty()
                    : Optional.of("An expiry date goes with a warning: choose the warning's level.");
        }
        if (!kind.mayWarn()) {
            return Optional.of("A grievance ends without a warning: record a warning in a disciplinary or capability "
                    + "case.");
        }
        if (form.warningExpiresOn() != null && !form.warningExpiresOn().isAfter(form.decidedOn())) {
            return Optional.of("The warning must expire after the date of the decision.");
        }
        return Optional.empty();
    }
}
