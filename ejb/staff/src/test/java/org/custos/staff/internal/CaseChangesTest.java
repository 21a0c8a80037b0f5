package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.HrCaseKind;
import org.custos.domain.shared.WarningLevel;
import org.custos.staff.api.HrCaseOutcomeForm;
import org.junit.jupiter.api.Test;

class CaseChangesTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    private static Optional<String> outcome(HrCaseKind kind, LocalDate decidedOn, WarningLevel level,
            LocalDate expiresOn) {
        return CaseChanges.outcomeRefusal(kind, OPENED, new HrCaseOutcomeForm(decidedOn, "Upheld", level,
                expiresOn));
    }

    @Test
    void aDisciplinaryOrCapabilityCaseMayEndWithAWarning_R3() {
        assertEquals(Optional.empty(), outcome(HrCaseKind.DISCIPLINARY, OPENED, WarningLevel.FINAL_WRITTEN, null));
        assertEquals(Optional.empty(), outcome(HrCaseKind.CAPABILITY, OPENED.plusDays(9), WarningLevel.VERBAL,
                OPENED.plusMonths(2)));
    }

    @Test
    void aGrievanceEndsWithoutAWarning_R3() {
        assertEquals(Optional.of("A grievance ends without a warning: record a warning in a disciplinary or "
                + "capability case."), outcome(HrCaseKind.GRIEVANCE, OPENED, WarningLevel.VERBAL, null));
        assertEquals(Optional.empty(), outcome(HrCaseKind.GRIEVANCE, OPENED, null, null));
    }

    @Test
    void theDecisionIsNotBeforeTheCaseOpenedAndAWarningExpiresAfterIt_R3() {
        assertEquals(Optional.of("The decision cannot be dated before the case opened on 2 March 2026."),
                outcome(HrCaseKind.DISCIPLINARY, OPENED.minusDays(1), null, null));
        assertEquals(Optional.of("The warning must expire after the date of the decision."),
                outcome(HrCaseKind.DISCIPLINARY, OPENED, WarningLevel.VERBAL, OPENED));
        assertEquals(Optional.of("An expiry date goes with a warning: choose the warning's level."),
                outcome(HrCaseKind.DISCIPLINARY, OPENED, null, OPENED.plusMonths(1)));
    }

    @Test
    void aCaseReducedToItsSummaryNoLongerChanges_R3() {
        assertEquals(Optional.of("Only the summary of this case is kept since 1 July 2026: it can no longer "
                + "change."), CaseChanges.refusal(LocalDate.of(2026, 7, 1)));
        assertEquals(Optional.empty(), CaseChanges.refusal(null));
    }
}
