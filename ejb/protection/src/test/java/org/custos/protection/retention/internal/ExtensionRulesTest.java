package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.ExtensionReason;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** R6: an extension keeps records to a later day for a reason; legal risk at most six years from the due day. */
class ExtensionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 3);
    private static final Period SIX_YEARS = Period.ofYears(6);

    @Test
    void theNewDayMustBeAfterToday_R6() {
        RequestRefused today = assertThrows(RequestRefused.class, () -> ExtensionRules.check(
                new ExtensionForm(ExtensionReason.STATUTORY_MINIMUM, TODAY, null), TODAY));
        assertEquals("The records can only be kept to a day after today.", today.getMessage());
        assertDoesNotThrow(() -> ExtensionRules.check(new ExtensionForm(ExtensionReason.STATUTORY_MINIMUM,
                TODAY.plusDays(1), null), TODAY));
    }

    @Test
    void anotherReasonNeedsANoteSayingWhat_R6() {
        RequestRefused blank = assertThrows(RequestRefused.class, () -> ExtensionRules.check(
                new ExtensionForm(ExtensionReason.OTHER, TODAY.plusYears(1), "  "), TODAY));
        assertEquals("Say in the note why the records are kept longer.", blank.getMessage());
        assertDoesNotThrow(() -> ExtensionRules.check(new ExtensionForm(ExtensionReason.OTHER, TODAY.plusYears(1),
                "Audit by the regulator"), TODAY));
    }

    @Test
    void legalRiskKeepsRecordsAtMostItsPeriodFromTheDayTheyFellDue_R6() {
        assertNull(ExtensionRules.refusal(new ExtensionForm(ExtensionReason.LEGAL_RISK, DUE.plusYears(6), null),
                DUE, SIX_YEARS));
        assertEquals("legal risk keeps records at most 6 years from the day they fell due: until 3 March 2032 at the"
                + " latest.", ExtensionRules.refusal(new ExtensionForm(ExtensionReason.LEGAL_RISK,
                        DUE.plusYears(6).plusDays(1), null), DUE, SIX_YEARS));
        assertNull(ExtensionRules.refusal(new ExtensionForm(ExtensionReason.STATUTORY_MINIMUM, DUE.plusYears(10),
                null), DUE, SIX_YEARS), "only legal risk is bounded");
    }

    @Test
    void aShorterLegalRiskPeriodSetByTheDpmBoundsTheExtension_R6() {
        assertEquals("legal risk keeps records at most 3 years from the day they fell due: until 3 March 2029 at the"
                + " latest.", ExtensionRules.refusal(new ExtensionForm(ExtensionReason.LEGAL_RISK,
                        DUE.plusYears(4), null), DUE, Period.ofYears(3)));
    }
}
