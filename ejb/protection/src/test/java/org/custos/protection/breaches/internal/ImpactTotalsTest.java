package org.custos.protection.breaches.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.custos.protection.breaches.api.BreachImpact.Proposal;
import org.custos.protection.breaches.api.BreachImpact.Row;
import org.junit.jupiter.api.Test;

class ImpactTotalsTest {

    private static final Row PAYROLL = new Row("Payroll Bureau", true, List.of("Member of staff"),
            List.of("Names", "Bank details"), List.of(), 40, null);
    private static final Row STAFF = new Row("Staff", false, List.of("Member of staff", "Emergency contact"),
            List.of("bank details", "Sickness absences"), List.of("Health"), 55, null);

    @Test
    void thePeopleAffectedAreCountedOnceEachNotSummedOverThePlacesHoldingThem_X5() {
        Proposal proposal = ImpactTotals.proposal(List.of(PAYROLL, STAFF), 60);

        assertEquals(60, proposal.approxPeople(), "not 95: the payroll bureau's 40 are among the staff");
    }

    @Test
    void moreDifferentPeopleThanThePlacesHoldIsRefused_X5() {
        assertThrows(IllegalArgumentException.class, () -> ImpactTotals.proposal(List.of(PAYROLL, STAFF), 96));
    }

    @Test
    void categoriesAreTheUnionEachOnceWhateverTheirCase_X5() {
        Proposal proposal = ImpactTotals.proposal(List.of(PAYROLL, STAFF), 60);

        assertEquals("Payroll Bureau; Staff", proposal.systems());
        assertEquals("Member of staff; Emergency contact", proposal.peopleCategories());
        assertEquals("Names; Bank details; Sickness absences; Health", proposal.dataCategories(),
                "the special-category data last");
    }

    @Test
    void specialCategoryDataIsFlaggedWhenAnyPlaceHoldsSome_L4_X5() {
        assertTrue(ImpactTotals.proposal(List.of(PAYROLL, STAFF), 60).sensitive());
        assertEquals(List.of("Health"), ImpactTotals.proposal(List.of(PAYROLL, STAFF), 60).sensitiveData());
        assertFalse(ImpactTotals.proposal(List.of(PAYROLL), 40).sensitive());
    }

    @Test
    void aProcessorsTypedDataCategoriesAreTheItemsOfItsList_X5() {
        assertEquals(List.of("Pay", "bank details", "Tax codes"),
                ImpactTotals.typedCategories("Pay, bank details;\nTax codes; pay"));
        assertEquals(List.of(), ImpactTotals.typedCategories(null));
    }
}
