package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import org.custos.domain.shared.WarningLevel;
import org.custos.protection.spi.RetentionRule;
import org.junit.jupiter.api.Test;

class WarningExpiryTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 31);

    private static LocalDate byDefault(WarningLevel level) {
        return WarningExpiry.expiresOn(DECIDED, null, StaffRetention.warning(level).defaultPeriod());
    }

    @Test
    void aVerbalWarningExpiresThreeMonthsAfterTheDecisionByDefault_R3() {
        assertEquals(LocalDate.of(2026, 6, 30), byDefault(WarningLevel.VERBAL));
    }

    @Test
    void aFirstWrittenWarningExpiresSixMonthsAfterTheDecisionByDefault_R3() {
        assertEquals(LocalDate.of(2026, 9, 30), byDefault(WarningLevel.FIRST_WRITTEN));
    }

    @Test
    void aFinalWrittenWarningExpiresTwelveMonthsAfterTheDecisionByDefault_R3() {
        assertEquals(LocalDate.of(2027, 3, 31), byDefault(WarningLevel.FINAL_WRITTEN));
    }

    @Test
    void eachLevelHasItsOwnSettingDeclaredAsAnR3Rule_R3() {
        assertEquals(3, Arrays.stream(WarningLevel.values()).map(StaffRetention::warning)
                .filter(StaffRetention.RULES::contains).filter(rule -> rule.rule().equals("R3"))
                .map(RetentionRule::key).distinct().count());
    }

    @Test
    void theLevelsPeriodAsSetIsUsedAndADayHrChoseWins_R3() {
        assertEquals(LocalDate.of(2026, 4, 30), WarningExpiry.expiresOn(DECIDED, null, Period.ofDays(30)));
        assertEquals(LocalDate.of(2026, 12, 1), WarningExpiry.expiresOn(DECIDED, LocalDate.of(2026, 12, 1),
                Period.ofMonths(3)));
    }

    @Test
    void aWarningHasExpiredFromItsExpiryDay_R3() {
        LocalDate expiry = LocalDate.of(2026, 6, 30);
        assertFalse(WarningExpiry.expired(expiry, expiry.minusDays(1)));
        assertTrue(WarningExpiry.expired(expiry, expiry));
        assertFalse(WarningExpiry.expired(null, expiry), "a case without a warning never expires");
    }

    @Test
    void onlyACaseWhoseWarningHasExpiredIsReducedToItsSummary_R3() {
        LocalDate expiry = LocalDate.of(2026, 6, 30);
        assertEquals(Optional.of("The warning expires on 30 June 2026: the case's details are kept until then."),
                WarningExpiry.summaryRefusal(expiry, expiry.minusDays(1)));
        assertEquals(Optional.empty(), WarningExpiry.summaryRefusal(expiry, expiry));
        assertEquals(Optional.of("This case has no warning: its details are kept with the staff file."),
                WarningExpiry.summaryRefusal(null, expiry));
    }
}
