package org.custos.protection.consent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.shared.ConsentMethod;
import org.custos.protection.consent.api.ConsentForm;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aConsentNobodyAnsweredOrAnsweredNoIsNeverRecorded_L2() {
        assertEquals(Optional.of("Consent counts only when the person said yes themselves: confirm that they agreed."
                + " A ticked box we filled in, silence or doing nothing is not consent."),
                ConsentRules.refusal(form(null, 3L, TODAY), TODAY));
        assertTrue(ConsentRules.refusal(form(false, 3L, TODAY), TODAY).isPresent());
    }

    @Test
    void aConsentNeedsTheNoticeVersionThePersonWasGiven_L2() {
        assertEquals(Optional.of("Choose the version of the privacy notice the person was given: consent counts"
                + " only with a record of what they were told."), ConsentRules.refusal(form(true, null, TODAY), TODAY));
    }

    @Test
    void aConsentCannotBeGivenOnADayStillToCome_L2() {
        assertEquals(Optional.of("Consent cannot be given on a day still to come: 8 December 2026 is after today."),
                ConsentRules.refusal(form(true, 3L, TODAY.plusDays(1)), TODAY));
    }

    @Test
    void anExplicitAgreementWithItsNoticeVersionGivenTodayOrBeforeCounts_L2() {
        assertEquals(Optional.empty(), ConsentRules.refusal(form(true, 3L, TODAY), TODAY));
        assertEquals(Optional.empty(), ConsentRules.refusal(form(true, 3L, TODAY.minusYears(1)), TODAY));
    }

    @Test
    void aConsentIsWithdrawnOnceNotBeforeItWasGivenNorInTheFuture_L2() {
        LocalDate given = TODAY.minusDays(10);
        assertEquals(Optional.empty(), ConsentRules.withdrawalRefusal(given, null, given, TODAY));
        assertEquals(Optional.empty(), ConsentRules.withdrawalRefusal(given, null, TODAY, TODAY));
        assertEquals(Optional.of("A consent cannot be withdrawn before it was given, on 27 November 2026."),
                ConsentRules.withdrawalRefusal(given, null, given.minusDays(1), TODAY));
        assertEquals(Optional.of("This consent was withdrawn already, on 1 December 2026."),
                ConsentRules.withdrawalRefusal(given, LocalDate.of(2026, 12, 1), TODAY, TODAY));
        assertEquals(Optional.of("A withdrawal cannot be recorded for a day still to come: 8 December 2026 is after"
                + " today."), ConsentRules.withdrawalRefusal(given, null, TODAY.plusDays(1), TODAY));
    }

    private static ConsentForm form(Boolean agreed, Long noticeVersion, LocalDate givenOn) {
        return new ConsentForm(1L, 7L, noticeVersion, "Yes, send me news of your events.", ConsentMethod.FORM,
                givenOn, null, null, agreed);
    }
}
