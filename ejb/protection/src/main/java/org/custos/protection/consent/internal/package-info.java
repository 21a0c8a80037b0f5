/**
 * The consent ledger (L2): the facade of HR and the DPM ({@code DefaultConsents}), the ledger the record contexts
 * and the register's holder use ({@code DefaultConsentLedger}), and the rules beside them ({@link
 * org.custos.protection.consent.internal.ConsentRules}: never pre-ticked, a notice version, no day to come,
 * withdrawal once and not before it was given). A withdrawal stops the purpose through {@code purposes.api}'s stops;
 * a rights request's withdrawal (D7) marks every consent of the person to the purpose in force withdrawn, naming the
 * request, and stops the purpose once. The evidence document is told by its content and kept apart (ADR 0005), and
 * downloaded through the facade, audited as an export.
 * <p>
 * May use: {@code consent.api}, {@code notices.api} (the version a consent names), {@code purposes.api},
 * {@code register.api}, {@code calendar.api}, the security module's {@code api}, the entities of
 * {@code domain.protection}.
 */
package org.custos.protection.consent.internal;
