/**
 * Purposes and their lawful basis (L1), the legitimate-interest assessment (L3), transfers and automated decisions
 * each purpose states (D3), and {@link org.custos.protection.purposes.api.PurposeStops}: the purposes a person
 * stopped by objection or consent withdrawal (D7, L2) and the refusal of a use for them.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.purposes.api;
