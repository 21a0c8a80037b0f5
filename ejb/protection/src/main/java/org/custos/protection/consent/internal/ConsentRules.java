package org.custos.protection.consent.internal;

import static org.custos.domain.shared.OrganisationTime.DAY;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.protection.consent.api.ConsentForm;

/**
 * When a consent counts and when it may be withdrawn (L2): never pre-ticked or assumed (an explicit "agreed", which the
 * form never sets for the user), always with the notice version the person was given, given on a day that has come;
 * withdrawn once, not before it was given nor on a day still to come.
 */
final class ConsentRules {

    private ConsentRules() {
    }

    /** Why this consent cannot be recorded on {@code today}, or nothing. */
    static Optional<String> refusal(ConsentForm form, LocalDate today) {
        if (!Boolean.TRUE.equals(form.agreed())) {
            return Optional.of("Consent counts only when the person said yes themselves: confirm that they agreed."
                    + " A ticked box we filled in, silence or doing nothing is not consent.");
        }
        if (form.noticeVersionId() == null) {
            return Optional.of("Choose the version of the privacy notice the person was given: consent counts only"
                    + " with a record of what they were told.");
        }
        if (form.givenOn() != null && form.givenOn().isAfter(today)) {
            return Optional.of("Consent cannot be given on a day still to come: " + DAY.format(form.givenOn())
                    + " is after today.");
        }
        return Optional.empty();
    }

    /** Why a consent given on {@code givenOn}, withdrawn on {@code withdrawnBefore} or never (null), cannot be
     * withdrawn on {@code on}, or nothing. */
    static Optional<String> withdrawalRefusal(LocalDate givenOn, LocalDate withdrawnBefore, LocalDate on,
            LocalDate today) {
        if (withdrawnBefore != null) {
            return Optional.of("This consent was withdrawn already, on " + DAY.format(withdrawnBefore) + ".");
        }
        if (on.isBefore(givenOn)) {
            return Optional.of("A consent cannot be withdrawn before it was given, on " + DAY.format(givenOn) + ".");
        }
        if (on.isAfter(today)) {
            return Optional.of("A withdrawal cannot be recorded for a day still to come: " + DAY.format(on)
                    + " is after today.");
        }
        return Optional.empty();
    }
}
