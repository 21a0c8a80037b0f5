package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.AccuracyReview;
import org.junit.jupiter.api.Test;

class AccuracyDueTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 1, 31);
    private static final Period YEAR = ReviewIntervals.BANK_DETAILS.defaultInterval();

    @Test
    void aGroupNeverConfirmedFallsDueItsIntervalAfterTheFileOpenedAndOnThatDay_A1() {
        assertEquals(Period.ofMonths(12), YEAR, "12 months by default");
        assertEquals(LocalDate.of(2026, 1, 31), AccuracyDue.dueOn(OPENED, null, YEAR));
        assertFalse(AccuracyDue.isDue(OPENED, null, YEAR, LocalDate.of(2026, 1, 30)), "the day before");
        assertTrue(AccuracyDue.isDue(OPENED, null, YEAR, LocalDate.of(2026, 1, 31)), "on the day");
        assertTrue(AccuracyDue.isDue(OPENED, null, YEAR, LocalDate.of(2027, 5, 1)), "and after it");
    }

    @Test
    void aConfirmationStartsTheIntervalAgainFromItsDay_A1() {
        LocalDate confirmed = LocalDate.of(2026, 2, 3);

        assertFalse(AccuracyDue.isDue(OPENED, confirmed, YEAR, LocalDate.of(2026, 2, 3)), "just confirmed");
        assertFalse(AccuracyDue.isDue(OPENED, confirmed, YEAR, LocalDate.of(2027, 2, 2)));
        assertTrue(AccuracyDue.isDue(OPENED, confirmed, YEAR, LocalDate.of(2027, 2, 3)));
    }

    @Test
    void aChangedIntervalMovesTheDueDayOfEveryGroupAtOnce_A1() {
        LocalDate confirmed = LocalDate.of(2026, 1, 31);
        LocalDate today = LocalDate.of(2026, 3, 1);

        assertFalse(AccuracyDue.isDue(OPENED, confirmed, YEAR, today));
        assertTrue(AccuracyDue.isDue(OPENED, confirmed, Period.ofMonths(1), today));
        assertEquals(LocalDate.of(2026, 2, 28), AccuracyDue.dueOn(OPENED, confirmed, Period.ofMonths(1)),
                "a month after the 31st ends on the month's last day, as PostgreSQL counts it");
        assertEquals(LocalDate.of(2025, 2, 10), AccuracyDue.dueOn(OPENED, null, Period.ofDays(10)));
    }

    @Test
    void theMemberOfStaffIsAskedInPlainWordsWithTheDateTheyLastConfirmed_A1() {
        assertEquals("Please check your bank details: last confirmed 3 December 2025.",
                AccuracyDue.prompt(AccuracyGroup.BANK_DETAILS, OPENED, LocalDate.of(2025, 12, 3)));
        assertEquals("Please check your emergency contacts: not confirmed since your staff file was opened on"
                + " 31 January 2025.", AccuracyDue.prompt(AccuracyGroup.EMERGENCY_CONTACTS, OPENED, null));
    }

    @Test
    void eachGroupHasItsOwnSettingAndCoversTheDetailsTheMemberOfStaffSees_A1() {
        List<AccuracyReview> reviews = Arrays.stream(AccuracyGroup.values()).map(ReviewIntervals::of).toList();
        assertEquals(ReviewIntervals.ALL, reviews);
        assertEquals(3, reviews.stream().map(AccuracyReview::key).distinct().count());
        assertTrue(reviews.stream().allMatch(review -> review.context() == DataContext.STAFF));
        assertEquals(Optional.of(AccuracyGroup.PERSONAL_DETAILS),
                ReviewIntervals.groupOf(DataContext.REGISTER.key(), "DataSubject"));
        assertEquals(Optional.of(AccuracyGroup.BANK_DETAILS), ReviewIntervals.groupOf("staff", "BankDetails"));
        assertEquals(Optional.of(AccuracyGroup.EMERGENCY_CONTACTS),
                ReviewIntervals.groupOf("staff", "EmergencyContact"));
        assertEquals(Optional.empty(), ReviewIntervals.groupOf("staff", "Engagement"), "HR's record of the job");
        assertEquals(Optional.empty(), ReviewIntervals.groupOf("recruitment", "BankDetails"));
    }
}
