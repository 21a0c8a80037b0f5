package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custos.protection.spi.RetentionRule;
import org.custos.staff.api.RetentionDatesView;
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
    void rightToWorkCopiesFallDueTwoYearsAfterTheEmploymentEndsByDefault_R3() {
        assertEquals(Optional.of(LocalDate.of(2028, 11, 30)), StaffRetention.reviewOn(LocalDate.of(2026, 11, 30),
                StaffRetention.RIGHT_TO_WORK_COPIES.defaultPeriod()));
    }

    @Test
    void payrollRecordsFallDueThreeYearsAfterTheEndOfTheirTaxYear_R3() {
        Period period = StaffRetention.PAYROLL.defaultPeriod();
        assertEquals(LocalDate.of(2029, 4, 5), StaffRetention.afterTaxYear(LocalDate.of(2026, 4, 5), period),
                "a payment on 5 April belongs to the tax year ending that day");
        assertEquals(LocalDate.of(2030, 4, 5), StaffRetention.afterTaxYear(LocalDate.of(2026, 4, 6), period),
                "one on 6 April to the next");
    }

    @Test
    void statutoryMaternityAndPaternityPayRecordsFallDueThreeYearsAfterTheEndOfTheirTaxYear_R3() {
        Period period = StaffRetention.STATUTORY_PAY.defaultPeriod();
        assertEquals(LocalDate.of(2030, 4, 5), StaffRetention.afterTaxYear(LocalDate.of(2026, 9, 14), period));
        assertEquals(LocalDate.of(2029, 4, 5), StaffRetention.afterTaxYear(LocalDate.of(2026, 3, 31), period));
    }

    @Test
    void nationalMinimumWageRecordsFallDueSixYearsAfterTheirPayReferencePeriodEnds_R3() {
        assertEquals(LocalDate.of(2032, 11, 30), StaffRetention.afterPayReferencePeriod(LocalDate.of(2026, 11, 30),
                StaffRetention.MINIMUM_WAGE.defaultPeriod()));
    }

    @Test
    void eachRecordGroupHasASettingOfItsOwn_R3() {
        List<String> keys = StaffRetention.RULES.stream().map(RetentionRule::key).toList();
        assertEquals(keys.size(), Set.copyOf(keys).size(), "no two groups share a setting");
        assertTrue(keys.containsAll(List.of("retention.staff-file", "retention.staff-right-to-work",
                "retention.staff-payroll", "retention.staff-minimum-wage", "retention.staff-statutory-pay")));
    }

    @Test
    void sicknessAbsencesHaveTheirOwnRuleSixYearsFromTheLeavingDate_R3() {
        assertTrue(StaffRetention.RULES.contains(StaffRetention.SICKNESS_ABSENCE));
        assertEquals(List.of("retention.sickness-absence", "R3", "Leaving date", "P6Y"), List.of(
                StaffRetention.SICKNESS_ABSENCE.key(), StaffRetention.SICKNESS_ABSENCE.rule(),
                StaffRetention.SICKNESS_ABSENCE.countsFrom(),
                StaffRetention.SICKNESS_ABSENCE.defaultPeriod().toString()));
    }

    @Test
    void eachGroupCountedFromTheLeavingDateIsKeptForItsOwnPeriodAsTheSettingsHoldIt_R3() {
        LocalDate left = LocalDate.of(2026, 11, 30);
        Map<RetentionRule, Period> settings = new HashMap<>();
        StaffRetention.RULES.forEach(rule -> settings.put(rule, rule.defaultPeriod()));
        settings.put(StaffRetention.RIGHT_TO_WORK_COPIES, Period.ofYears(3));

        assertEquals(List.of(
                new RetentionDatesView.Group("The staff file", "6 years", LocalDate.of(2032, 11, 30)),
                new RetentionDatesView.Group("Right-to-work copies", "3 years", LocalDate.of(2029, 11, 30)),
                new RetentionDatesView.Group("Sickness absences and their health details", "6 years",
                        LocalDate.of(2032, 11, 30))),
                StaffRetention.keptUntil(left, settings::get), "each group by its own setting");
        assertTrue(StaffRetention.keptUntil(null, settings::get).stream()
                .allMatch(group -> group.keptUntil() == null), "no date while the engagement continues");
        assertTrue(StaffRetention.FROM_LEAVING_DATE.stream()
                .allMatch(clock -> clock.rule().countsFrom().equals("Leaving date")
                        && StaffRetention.RULES.contains(clock.rule())), "only declared rules that count from leaving");
    }
}
