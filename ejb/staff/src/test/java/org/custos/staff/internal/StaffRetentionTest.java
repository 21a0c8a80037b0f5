package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
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

    @Test
    void sicknessAbsencesHaveTheirOwnRuleSixYearsFromTheLeavingDate_R3() {
        assertTrue(StaffRetention.RULES.contains(StaffRetention.SICKNESS_ABSENCE));
        assertEquals(List.of("retention.sickness-absence", "R3", "Leaving date", "P6Y"), List.of(
                StaffRetention.SICKNESS_ABSENCE.key(), StaffRetention.SICKNESS_ABSENCE.rule(),
                StaffRetention.SICKNESS_ABSENCE.countsFrom(),
                StaffRetention.SICKNESS_ABSENCE.defaultPeriod().toString()));
    }
}
