package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxYearTest {

    @Test
    void theFifthOfAprilIsTheLastDayOfItsOwnTaxYear_R3() {
        assertEquals(LocalDate.of(2026, 4, 5), TaxYear.endOf(LocalDate.of(2026, 4, 5)));
    }

    @Test
    void theSixthOfAprilStartsATaxYearThatEndsTheNextApril_R3() {
        assertEquals(LocalDate.of(2027, 4, 5), TaxYear.endOf(LocalDate.of(2026, 4, 6)));
    }

    @Test
    void januaryBelongsToTheTaxYearEndingThatAprilAndDecemberToTheOneEndingTheNext_R3() {
        assertEquals(LocalDate.of(2026, 4, 5), TaxYear.endOf(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2027, 4, 5), TaxYear.endOf(LocalDate.of(2026, 12, 31)));
    }
}
