package org.custos.protection.breaches.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk matrix of a breach (X5), every cell. */
class BreachRiskAssessmentTest {

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "REMOTE,   MINIMAL,     NO_RISK",
            "REMOTE,   SIGNIFICANT, NO_RISK",
            "REMOTE,   SEVERE,      RISK",
            "POSSIBLE, MINIMAL,     NO_RISK",
            "POSSIBLE, SIGNIFICANT, RISK",
            "POSSIBLE, SEVERE,      HIGH_RISK",
            "LIKELY,   MINIMAL,     RISK",
            "LIKELY,   SIGNIFICANT, HIGH_RISK",
            "LIKELY,   SEVERE,      HIGH_RISK"})
    void likelihoodTimesSeverityGivesTheRisk_X5(BreachLikelihood likelihood, BreachSeverity severity,
            BreachRisk risk) {
        assertEquals(risk, BreachRiskAssessment.of(likelihood, severity));
    }

    @Test
    void thereIsNoRiskUntilBothScalesAreChosen() {
        assertNull(BreachRiskAssessment.of(BreachLikelihood.LIKELY, null));
        assertNull(BreachRiskAssessment.of(null, BreachSeverity.SEVERE));
    }
}
