package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffRetentionTest {

    @Test
    void aStaffFileFallsDueSixYearsAfterTheLeavingDateByDefault_R3() {
        assertEquals(Optional.of(LocalDate.of(2032, 11, 30)), StaffRetention.reviewOn(LocalDate.of(2026, 11, 30),
                StaffRetention.STAFF_FILE.defaultPeriod()));
    }

    @Test
    void aLeapDayLeaverFallsDueOnTheLastDayOfFebruary_R3() {
        assertEquals(Optional.of(LocalDate.of(2030, 2, 28)), StaffRetention.reviewOn(LocalDate.of(2024, 2, 29),
                StaffRetention.STAFF_FILE.defaultPeriod()));
    }

    @Test
    void aFileIsNeverDueWhileTheEngagementContinuesWhateverThePeriod_R3() {
        assertEquals(Optional.empty(), StaffRetention.reviewOn(null, Period.ofYears(1)));
    }
}
