package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.EngagementType;
import org.custos.staff.api.EngagementForm;
import org.junit.jupiter.api.Test;

class EngagementChangesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static EngagementForm engagement(LocalDate probationEnd, LocalDate leavingDate, String reason,
            Long lineManager) {
        return new EngagementForm(EngagementType.EMPLOYEE, "Clerk", "Finance", lineManager, "Leeds", "Permanent",
                new BigDecimal("37.5"), START, probationEnd, leavingDate, reason);
    }

    @Test
    void aCompleteChangeIsAccepted_T1() {
        assertEquals(Optional.empty(), EngagementChanges.refusal(7, engagement(START.plusMonths(6),
                START.plusYears(2), "Resigned", 8L)));
    }

    @Test
    void theProbationCannotEndBeforeTheStart_T1() {
        assertEquals(Optional.of("The probation cannot end before the start date."),
                EngagementChanges.refusal(7, engagement(START.minusDays(1), null, null, null)));
    }

    @Test
    void theLeavingDateCannotBeBeforeTheStart_T1() {
        assertEquals(Optional.of("The leaving date cannot be before the start date."),
                EngagementChanges.refusal(7, engagement(null, START.minusDays(1), "Resigned", null)));
    }

    @Test
    void aLeavingDateNeedsAReasonAndAReasonNeedsALeavingDate_T1() {
        assertEquals(Optional.of("Enter the reason for leaving."),
                EngagementChanges.refusal(7, engagement(null, START.plusDays(1), " ", null)));
        assertEquals(Optional.of("Enter the leaving date with the reason for leaving."),
                EngagementChanges.refusal(7, engagement(null, null, "Resigned", null)));
    }

    @Test
    void noOneIsTheirOwnLineManager_T1() {
        assertEquals(Optional.of("A member of staff cannot be their own line manager."),
                EngagementChanges.refusal(7, engagement(null, null, null, 7L)));
    }
}
