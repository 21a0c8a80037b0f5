package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R7: a record is kept anonymised only in a group of at least k people, with its dates coarsened. */
class AnonymityTest {

    private static final Anonymity FIVE = new Anonymity(Anonymity.DEFAULT_K);

    @Test
    void r7_theDefaultGroupIsFivePeople() {
        assertEquals(5, Anonymity.DEFAULT_K);
    }

    @Test
    void r7_aMonthsGroupOfKPeopleKeepsTheDateToTheMonth() {
        assertEquals(Optional.of(Anonymity.Precision.MONTH), FIVE.precision(5, 5));
        assertEquals(Optional.of(Anonymity.Precision.MONTH), FIVE.precision(9, 40));
    }

    @Test
    void r7_aMonthsGroupBelowKFallsBackToTheYearWhenTheYearsGroupHoldsK() {
        assertEquals(Optional.of(Anonymity.Precision.YEAR), FIVE.precision(4, 5));
        assertEquals(Optional.of(Anonymity.Precision.YEAR), FIVE.precision(1, 12));
    }

    @Test
    void r7_aYearsGroupBelowKMeansTheRecordIsDestroyedInstead() {
        assertEquals(Optional.empty(), FIVE.precision(4, 4));
        assertEquals(Optional.empty(), FIVE.precision(1, 1));
    }

    @Test
    void r7_kIsTheSettingsValueNotAConstant() {
        Anonymity three = new Anonymity(3);
        assertEquals(Optional.of(Anonymity.Precision.MONTH), three.precision(3, 3));
        assertEquals(Optional.empty(), three.precision(2, 2));
    }

    @Test
    void r7_aGroupOfOnePersonIsNeverAnonymous() {
        assertThrows(IllegalArgumentException.class, () -> new Anonymity(1));
    }

    @Test
    void r7_aDateCoarsensToTheFirstDayOfItsMonthOrYear() {
        LocalDate day = LocalDate.of(2026, 6, 17);
        assertEquals(LocalDate.of(2026, 6, 1), Anonymity.Precision.MONTH.coarsen(day));
        assertEquals(LocalDate.of(2026, 1, 1), Anonymity.Precision.YEAR.coarsen(day));
    }
}
