package org.custos.protection.dpia.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.HighRiskIndicator;
import org.custos.protection.dpia.api.DpiaOutcome;
import org.custos.protection.dpia.api.DpiaOutcome.Status;
import org.junit.jupiter.api.Test;

/** Whether a DPIA is required, from the screening (ADR 0015 decision 5), and when a purpose is flagged. */
class DpiaScreeningTest {

    private static DpiaOutcome screened(HighRiskIndicator... yes) {
        Set<HighRiskIndicator> answers = EnumSet.noneOf(HighRiskIndicator.class);
        answers.addAll(Set.of(yes));
        return DpiaScreening.outcome(true, answers, false, null);
    }

    @Test
    void twoOfTheEdpbCriteriaMakeADpiaRequired() {
        DpiaOutcome outcome = screened(HighRiskIndicator.SYSTEMATIC_MONITORING, HighRiskIndicator.VULNERABLE_PEOPLE);
        assertEquals(Status.REQUIRED, outcome.status());
        assertEquals("Required: 2 of the EDPB's nine criteria (systematic monitoring, vulnerable people).",
                outcome.words());
    }

    @Test
    void oneEdpbCriterionAloneDoesNotAndSaysWhy() {
        DpiaOutcome outcome = screened(HighRiskIndicator.VULNERABLE_PEOPLE);
        assertEquals(Status.NOT_REQUIRED, outcome.status());
        assertEquals("Not required: one of the EDPB's criteria only (vulnerable people) and nothing on the ICO's "
                + "list.", outcome.words());
        assertEquals("Not required: no indicator of high risk.", screened().words());
    }

    @Test
    void anyItemOfTheIcoListOrOfArticle35MakesADpiaRequired() {
        assertEquals("Required: on the ICO's list of processing likely to result in high risk (tracking).",
                screened(HighRiskIndicator.TRACKING).words());
        assertEquals("Required: Article 35(3) of the UK GDPR (monitoring a public area on a large scale).",
                screened(HighRiskIndicator.PUBLIC_MONITORING).words());
    }

    @Test
    void biometricDataNeedsOneEdpbCriterionBesides() {
        assertFalse(screened(HighRiskIndicator.BIOMETRIC_DATA).required());
        assertTrue(screened(HighRiskIndicator.BIOMETRIC_DATA, HighRiskIndicator.VULNERABLE_PEOPLE).required());
    }

    @Test
    void theDpmMayRequireOneAnywayWithTheirReason() {
        DpiaOutcome outcome = DpiaScreening.outcome(true, Set.of(), true, "a new supplier's system");
        assertTrue(outcome.required());
        assertEquals("Required: the Data Protection Manager requires one (a new supplier's system).",
                outcome.words());
        assertTrue(DpiaScreening.outcome(false, Set.of(), true, "board asked").required());
    }

    @Test
    void unansweredQuestionsAreNotScreenedNotRequired() {
        DpiaOutcome outcome = DpiaScreening.outcome(false, Set.of(), false, null);
        assertEquals(Status.NOT_SCREENED, outcome.status());
        assertNull(DpiaFlags.flag(outcome, DpiaProgress.NOT_STARTED, null, LocalDate.of(2026, 12, 7)));
    }

    @Test
    void aRequiredDpiaNotSignedOffIsFlaggedAndSoIsAPassedReviewDate() {
        DpiaOutcome required = screened(HighRiskIndicator.TRACKING);
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals("A DPIA is required and none is signed off.",
                DpiaFlags.flag(required, DpiaProgress.AWAITING_SIGN_OFF, null, today));
        assertNull(DpiaFlags.flag(required, DpiaProgress.SIGNED_OFF, LocalDate.of(2027, 12, 7), today));
        assertNull(DpiaFlags.flag(required, DpiaProgress.SIGNED_OFF, today, today), "due today is not yet passed");
        assertEquals("The DPIA's review was due on 3 December 2026.",
                DpiaFlags.flag(screened(), DpiaProgress.SIGNED_OFF, LocalDate.of(2026, 12, 3), today));
    }

    @Test
    void everyIndicatorAsksAQuestion() {
        for (HighRiskIndicator indicator : HighRiskIndicator.values()) {
            assertTrue(indicator.question().endsWith("?"), indicator.name());
        }
        assertEquals(9, EnumSet.allOf(HighRiskIndicator.class).stream()
                .filter(indicator -> indicator.source() == HighRiskIndicator.Source.EDPB).count());
    }
}
