/**
 * Data protection impact assessments (ADR 0015 decision 5): one per purpose (a processing activity), its screening
 * against the high-risk indicators ({@link org.custos.domain.shared.HighRiskIndicator}: UK GDPR Art 35(3), the ICO's
 * list, the EDPB's nine criteria), whether a DPIA is required and why ({@link org.custos.protection.dpia.api.DpiaOutcome}),
 * its progress, the assessment document (ADR 0005), the measures, the DPM's sign-off and the review date (the
 * calendar's setting, one year by default); a purpose that needs one and has none signed off, or whose review is due,
 * is flagged ({@link org.custos.protection.dpia.api.DpiaStanding}). The DPM's alone.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.dpia.api;
