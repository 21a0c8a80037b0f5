package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.junit.jupiter.api.Test;

class OrganisationChangesTest {

    private static final LocalDate START = LocalDate.of(2020, 3, 1);

    private static OrganisationDetailsForm form(LocalDate end, RelationshipStatus status) {
        return new OrganisationDetailsForm("Acme Ltd", Set.of(OrganisationKind.SUPPLIER), null, null, null, START, end,
                status, null);
    }

    @Test
    void anEndedRelationshipNeedsItsEndDateForTheRetentionClock_K1_R4() {
        assertEquals(Optional.of("Enter the date the relationship ended: the contacts' data is kept for a period"
                + " from it."), OrganisationChanges.refusal(form(null, RelationshipStatus.ENDED)));
        assertTrue(OrganisationChanges.refusal(form(START.plusYears(2), RelationshipStatus.ENDED)).isEmpty());
    }

    @Test
    void aRelationshipCannotEndBeforeItStarts_K1() {
        assertEquals(Optional.of("The relationship cannot end before it starts."),
                OrganisationChanges.refusal(form(START.minusDays(1), RelationshipStatus.ENDED)));
        assertTrue(OrganisationChanges.refusal(form(START, RelationshipStatus.ENDED)).isEmpty());
    }

    @Test
    void aCurrentRelationshipMayHaveNoDates_K1() {
        assertTrue(OrganisationChanges.refusal(new OrganisationDetailsForm("Acme Ltd", Set.of(OrganisationKind.CLIENT),
                null, null, null, null, null, RelationshipStatus.ACTIVE, null)).isEmpty());
    }
}
