package org.custos.protection.breaches.api;

import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachRisk;
import org.custos.domain.shared.BreachSeverity;

/**
 * The risk of a breach to people (X5), from how likely harm is and how severe it would be, on the ICO's scales:
 * <pre>
 *                 severity:  MINIMAL    SIGNIFICANT  SEVERE
 * likelihood REMOTE          NO_RISK    NO_RISK      RISK
 *            POSSIBLE        NO_RISK    RISK         HIGH_RISK
 *            LIKELY          RISK       HIGH_RISK    HIGH_RISK
 * </pre>
 * NO_RISK: unlikely to result in a risk (record it; no report needed). RISK: report to the ICO. HIGH_RISK: report
 * to the ICO and tell the people affected without delay. In the API so that the form can show it as it is filled.
 */
public final class BreachRiskAssessment {

    private static final BreachRisk[][] MATRIX = {
            {BreachRisk.NO_RISK, BreachRisk.NO_RISK, BreachRisk.RISK},
            {BreachRisk.NO_RISK, BreachRisk.RISK, BreachRisk.HIGH_RISK},
            {BreachRisk.RISK, BreachRisk.HIGH_RISK, BreachRisk.HIGH_RISK}};

    private BreachRiskAssessment() {
    }

    /** The risk, or null while either scale is not chosen. */
    public static BreachRisk of(BreachLikelihood likelihood, BreachSeverity severity) {
        return likelihood == null || severity == null ? null : MATRIX[likelihood.ordinal()][severity.ordinal()];
    }
}
