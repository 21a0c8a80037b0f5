package org.custos.relationships.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.MarketingBasisForm;

/**
 * When a contact may be sent marketing (L2, S3): the basis recorded for them, consent told, given and dated, or the
 * soft opt-in (a contact of a customer or client we deal with, offered similar products or services, with an opt-out
 * offered); and who a marketing list reaches: never someone who asked not to be contacted or whose data is
 * restricted, nor anyone without a basis in force or no longer at the organisation.
 */
final class MarketingRules {

    private MarketingRules() {
    }

    /** Why this basis cannot be recorded for a contact of this kind at an organisation in this state, or nothing. */
    static Optional<String> refusal(MarketingBasisForm form, OrganisationKind contactKind, RelationshipStatus status) {
        if (form.basis() == MarketingBasis.CONSENT) {
            if (blank(form.wording()) || form.method() == null || form.givenOn() == null) {
                return Optional.of("Enter the words the contact agreed to, how and the day they agreed: consent"
                        + " counts only with that record.");
            }
            return Optional.empty();
        }
        if (contactKind == OrganisationKind.SUPPLIER || status != RelationshipStatus.ACTIVE) {
            return Optional.of("The soft opt-in is only for contacts of a client or customer we currently deal with:"
                    + " ask this contact for their consent instead.");
        }
        if (blank(form.similarOffer())) {
            return Optional.of("Enter the products or services, similar to those they buy, that the marketing"
                    + " offers.");
        }
        if (!form.optOutOffered()) {
            return Optional.of("The soft opt-in needs a way to opt out offered when their details were taken and in"
                    + " every message: confirm it is offered, or ask for their consent instead.");
        }
        return Optional.empty();
    }

    /**
     * Whether a marketing list includes a contact: not asked not to be contacted (S3), not restricted, a basis in
     * force, still at the organisation on {@code today}, and for the soft opt-in a customer we still deal with.
     */
    static boolean reaches(boolean doNotContact, boolean restricted, MarketingBasis basis, LocalDate withdrawnOn,
            LocalDate endsOn, RelationshipStatus status, LocalDate today) {
        return !doNotContact && !restricted && basis != null && withdrawnOn == null
                && (endsOn == null || !endsOn.isBefore(today))
                && (basis == MarketingBasis.CONSENT || status == RelationshipStatus.ACTIVE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
