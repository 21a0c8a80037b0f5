package org.custos.relationships.internal;

import java.util.Optional;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.OrganisationDetailsForm;

/** What an organisation's details may say (K1): an ended relationship has its end date (R4 counts from it). */
final class OrganisationChanges {

    private OrganisationChanges() {
    }

    /** Why the details cannot be recorded, or nothing when they can. */
    static Optional<String> refusal(OrganisationDetailsForm form) {
        if (form.relationshipStart() != null && form.relationshipEnd() != null
                && form.relationshipEnd().isBefore(form.relationshipStart())) {
            return Optional.of("The relationship cannot end before it starts.");
        }
        if (form.status() == RelationshipStatus.ENDED && form.relationshipEnd() == null) {
            return Optional.of("Enter the date the relationship ended: the contacts' data is kept for a period"
                    + " from it.");
        }
        return Optional.empty();
    }
}
